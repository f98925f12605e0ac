// Sends one ledger row right after the current response (or right away outside a request).
import { runAfterResponse } from "@/lib/lifecycle/after-response";
import { sendQueuedNow } from "./composed-email";

/** `now` is the clock the row was queued with (tests control it; in the app it is the real time). */
export async function deliverSoon(deliveryId: string, now: Date): Promise<void> {
  await runAfterResponse(() => sendQueuedNow([deliveryId], now));
}
