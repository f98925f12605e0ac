import { buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PlainAction } from "@/lib/validation/form-action";

/** Ending asks twice: the first button only opens the confirmation (a <details>, no script). */
export function EndPairing({ pairingId, buddyName, action }: { pairingId: string; buddyName: string; action: PlainAction }) {
  return (
    <details className="group">
      <summary className={buttonClasses("ghost", "cursor-pointer list-none text-red-800! hover:bg-red-50! [&::-webkit-details-marker]:hidden")}>End buddy pairing</summary>
      <div className="mt-3 max-w-xl space-y-3 rounded-xl border border-red-200 bg-red-50 p-4">
        <p className="text-sm text-red-900">
          You and <strong>{buddyName}</strong> will stop seeing each other&apos;s shared goals at once, and neither of you gets reminders about the other any more. You both get an email. Your own goals, check-ins and comments stay yours.
        </p>
        <form action={action}>
          <input type="hidden" name="pairingId" value={pairingId} />
          <SubmitButton variant="danger" pendingLabel="Ending…">
            Yes, end our pairing
          </SubmitButton>
        </form>
      </div>
    </details>
  );
}
