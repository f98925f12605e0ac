"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { CHECK_IN_CADENCES } from "@/lib/buddies/rules";
import type { PairingRules } from "@/lib/buddies/schemas";
import { TextField } from "@/components/ui/field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

const REVIEW_CADENCES = [
  { value: "1", label: "Every month" },
  { value: "3", label: "Every quarter" },
  { value: "6", label: "Twice a year" },
] as const;

/** Accepting the rules as read: the version makes sure nobody accepts rules that changed under them. */
export function AcceptRulesForm({ action, pairingId, version }: { action: FormAction; pairingId: string; version: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="pairingId" value={pairingId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel="Saving…">Accept our agreement</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Proposing rules: different ones reopen the agreement and the other person is asked to accept. */
export function PairingRulesForm({ action, pairingId, rules }: { action: FormAction; pairingId: string; rules: PairingRules }) {
  const [state, formAction] = useActionState(action, IDLE);
  // What was typed survives an error; otherwise the saved rules, which may be the buddy's newer ones.
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: keyof PairingRules) => typed?.[name] ?? String(rules[name]);
  // Keyed by the saved rules so a change (also the buddy's) shows up when the page refreshes.
  return (
    <form key={JSON.stringify(rules)} action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      <ChoiceGroup type="radio" inline name="checkInCadence" legend="How often do you check in?" choices={CHECK_IN_CADENCES} checked={[value("checkInCadence")]} errors={state.fieldErrors?.checkInCadence} />
      <TextField
        id="rules-reminderLeadDays"
        label="Remind us this many days before a shared deadline"
        name="reminderLeadDays"
        type="number"
        inputMode="numeric"
        min={0}
        max={30}
        step={1}
        required
        className="max-w-xs"
        hint="0 to 30 days. 0 reminds you on the day itself."
        defaultValue={value("reminderLeadDays")}
        errors={state.fieldErrors?.reminderLeadDays}
      />
      <ChoiceGroup type="radio" inline name="reviewCadenceMonths" legend="How often do you review your goals together?" choices={REVIEW_CADENCES} checked={[value("reviewCadenceMonths")]} errors={state.fieldErrors?.reviewCadenceMonths} />
      <TextField id="rules-reviewSchedule" label="When do you hold the review? (optional)" name="reviewSchedule" hint="In your own words, e.g. “First Tuesday evening of the quarter”." defaultValue={value("reviewSchedule")} errors={state.fieldErrors?.reviewSchedule} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Propose these rules
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
