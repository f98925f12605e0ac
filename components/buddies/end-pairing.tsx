import { ConfirmTwice } from "@/components/ui/confirm-twice";
import type { PlainAction } from "@/lib/validation/form-action";

/** Ending asks twice: the first button only opens the confirmation (a <details>, no script). */
export function EndPairing({ pairingId, buddyName, action }: { pairingId: string; buddyName: string; action: PlainAction }) {
  return (
    <ConfirmTwice
      label="End buddy pairing"
      warning={
        <>
          You and <strong>{buddyName}</strong> will stop seeing each other&apos;s shared goals at once, and neither of you gets reminders about the other any more. You both get an email. Your own goals, check-ins and comments stay yours.
        </>
      }
      action={action}
      fields={{ pairingId }}
      confirmLabel="Yes, end our pairing"
      pendingLabel="Ending…"
      width="max-w-xl"
    />
  );
}
