// Sends one ledger row right after the current response (or right away outside a request).
import { runAfterResponse } from "@/lib/lifecycle/after-response";
import { deliverDueEmails } from "./deliver-due";

/** `now` is the clock the row was queued with (tests control it; in the app it is the real time). */
export async function deliverSoon(deliveryId: string, now: Date): Promise<void> {
  await runAfterResponse(() =>
    deliverDueEmails({ onlyId: deliveryId, now }).then(
      () => undefined,
      (error: unknown) => console.error("[email] immediate delivery failed; the scheduler will retry", { deliveryId, error }),
    ),
  );
}
