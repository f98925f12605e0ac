// What the live review page's server actions answer: the domain result, a validation failure,
// or "failed" (logged on the server, shown as a friendly message).
import type { FieldErrors } from "@/lib/validation/form-state";
import type { SaveDecisionResult } from "./save-decision";
import type { SaveNotesResult } from "./save-notes";

export type DecisionActionResult = SaveDecisionResult | { ok: false; reason: "failed" };
export type NotesActionResult = SaveNotesResult | { ok: false; reason: "invalid"; fieldErrors: FieldErrors } | { ok: false; reason: "failed" };
