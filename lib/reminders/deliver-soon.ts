// Sends one ledger row right after the current response (or right away outside a request).
import { after } from "next/server";
import { deliverDueEmails } from "./deliver-due";

/** `now` is the clock the row was queued with (tests control it; in the app it is the real time). */
export async function deliverSoon(deliveryId: string, now: Date): Promise<void> {
  const send = () =>
    deliverDueEmails({ onlyId: deliveryId, now }).then(
      () => undefined,
      (error: unknown) => console.error("[email] immediate delivery failed; the scheduler will retry", { deliveryId, error }),
    );
  try {
    after(send);
  } catch {
    await send();
  }
}
