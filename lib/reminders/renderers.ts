// Each kind of scheduled email knows how to render itself just before sending, from the
// current state of the database. Returning null means "no longer applies": the row is skipped.
//
// A kind sent in bulk (deadline reminders) registers a batch renderer that loads every subject
// of a claimed batch in one query; the others render one row at a time. A pass renders a whole
// batch through renderClaimedBatch either way.
import type { DbClient } from "@/lib/db";
import type { EmailMessage } from "@/lib/email";
import type { ClaimedDelivery } from "./ledger";

export type DeliveryRenderer = (db: DbClient, delivery: ClaimedDelivery) => Promise<EmailMessage | null>;
/** Renders rows of one kind; the result is aligned with `deliveries`. */
export type BatchDeliveryRenderer = (db: DbClient, deliveries: ClaimedDelivery[]) => Promise<(EmailMessage | null)[]>;

/** What rendering one row came to: a message, "no longer applies" (null), or the error to retry on. */
export type RenderOutcome = { message: EmailMessage | null } | { error: unknown };

const renderers = new Map<string, (db: DbClient, deliveries: ClaimedDelivery[]) => Promise<RenderOutcome[]>>();

export function registerRenderer(kind: string, render: DeliveryRenderer): void {
  renderers.set(kind, (db, deliveries) =>
    Promise.all(
      deliveries.map((delivery) =>
        render(db, delivery).then(
          (message) => ({ message }),
          (error: unknown) => ({ error }),
        ),
      ),
    ),
  );
}

export function registerBatchRenderer(kind: string, render: BatchDeliveryRenderer): void {
  renderers.set(kind, async (db, deliveries) => {
    try {
      return (await render(db, deliveries)).map((message) => ({ message }));
    } catch (error) {
      return deliveries.map(() => ({ error }));
    }
  });
}

/** Renders a claimed batch, kind by kind; rows of a kind without a renderer are left out. */
export async function renderClaimedBatch(db: DbClient, claimed: ClaimedDelivery[]): Promise<Map<string, RenderOutcome>> {
  const byKind = new Map<string, ClaimedDelivery[]>();
  for (const delivery of claimed) {
    const group = byKind.get(delivery.kind);
    if (group) group.push(delivery);
    else byKind.set(delivery.kind, [delivery]);
  }
  const outcomes = new Map<string, RenderOutcome>();
  for (const [kind, deliveries] of byKind) {
    const render = renderers.get(kind);
    if (!render) continue;
    const results = await render(db, deliveries);
    deliveries.forEach((delivery, index) => outcomes.set(delivery.id, results[index] ?? { message: null }));
  }
  return outcomes;
}
