import type { FormState } from "@/lib/validation/form-state";

/** The whole-form outcome, announced to screen readers as it changes. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.message ? <p className={`rounded-lg px-3 py-2 text-sm font-medium ${state.status === "error" ? "bg-red-50 text-red-800" : "bg-brand-50 text-brand-800"}`}>{state.message}</p> : null}
    </div>
  );
}
