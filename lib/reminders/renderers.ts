// Each kind of scheduled email knows how to render itself just before sending, from the
// current state of the database. Returning null means "no longer applies": the row is skipped.
import type { DbClient } from "@/lib/db";
import type { EmailMessage } from "@/lib/email";
import type { ClaimedDelivery } from "./ledger";

export type DeliveryRenderer = (db: DbClient, delivery: ClaimedDelivery) => Promise<EmailMessage | null>;

const renderers = new Map<string, DeliveryRenderer>();

export function registerRenderer(kind: string, renderer: DeliveryRenderer): void {
  renderers.set(kind, renderer);
}

export function rendererFor(kind: string): DeliveryRenderer | undefined {
  return renderers.get(kind);
}
