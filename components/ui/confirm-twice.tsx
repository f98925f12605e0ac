import type { ReactNode } from "react";
import type { PlainAction } from "@/lib/validation/form-action";
import { buttonClasses } from "./button";
import { SubmitButton } from "./submit-button";

type Props = {
  /** The first button: it only opens the confirmation. */
  label: ReactNode;
  /** What the action does, said before the second button. */
  warning: ReactNode;
  action: PlainAction;
  /** The hidden fields the action reads (the record's ids). */
  fields: Record<string, string>;
  confirmLabel: ReactNode;
  pendingLabel: string;
  /** How wide the confirmation grows on a wide page. */
  width?: "max-w-md" | "max-w-xl";
};

/** A destructive action that asks twice: the first button only opens the confirmation (a <details>, no script). */
export function ConfirmTwice({ label, warning, action, fields, confirmLabel, pendingLabel, width }: Props) {
  return (
    <details className="group">
      <summary className={buttonClasses("ghost", "cursor-pointer list-none text-red-800! hover:bg-red-50! [&::-webkit-details-marker]:hidden")}>{label}</summary>
      <div className={`mt-3 space-y-3 rounded-xl border border-red-200 bg-red-50 p-4 ${width ?? ""}`}>
        <p className="text-sm text-red-900">{warning}</p>
        <form action={action}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton variant="danger" pendingLabel={pendingLabel}>
            {confirmLabel}
          </SubmitButton>
        </form>
      </div>
    </details>
  );
}
