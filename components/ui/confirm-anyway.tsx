import type { ReactNode } from "react";

type Props = {
  /** The warning's id (tests and the fieldset's description point at it). */
  id: string;
  /** The question the choices answer, for screen readers (the warning says it for everyone). */
  question: string;
  /** Why the form did not go through as it was: announced as soon as it appears. */
  warning: ReactNode;
  /** The buttons that go ahead anyway, and any other way out. */
  children: ReactNode;
};

/** A form's "are you sure?" after the server held it back: the warning, and the choices to go ahead anyway. */
export function ConfirmAnyway({ id, question, warning, children }: Props) {
  return (
    <fieldset className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4" aria-describedby={id}>
      <legend className="sr-only">{question}</legend>
      <p id={id} role="alert" className="font-semibold text-amber-950">
        {warning}
      </p>
      <div className="flex flex-wrap gap-3">{children}</div>
    </fieldset>
  );
}
