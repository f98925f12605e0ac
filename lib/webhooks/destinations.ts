// A person's webhook and chat destinations: add (the URL checked against SSRF rules now and
// again at every send), list, pause state, resume, remove, send a test. Every read and write
// is scoped to the acting user; someone else's id is "not found".
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, AppErrorCode, LimitReachedError, NotFoundError } from "@/lib/errors";
import { sealText } from "@/lib/security/sealed-text";
import { describeUrlProblem, resolveAllowedAddresses, webhookAddressPolicy } from "./destination-url";
import { MAX_WEBHOOK_DESTINATIONS } from "./limits";
import type { NewWebhookDestination } from "./schemas";
import { newSigningSecret } from "./signature";
import { SECRET_PURPOSE, URL_PURPOSE } from "./sealing";
import { deliverDueWebhooks } from "./deliver";
import type { WebhookEvent, WebhookEventPayload } from "./events";
import type { WebhookServiceName } from "./services";

export type WebhookDestinationDto = {
  id: string;
  service: WebhookServiceName;
  label: string;
  urlHint: string;
  events: WebhookEvent[];
  pausedAt: Date | null;
  pausedReason: string | null;
  lastDeliveredAt: Date | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listWebhookDestinations(actor: SessionUser): Promise<WebhookDestinationDto[]> {
  const db = await getDb();
  const rows = await db.webhookDestination.findMany({
    where: { userId: actor.id },
    select: { id: true, service: true, label: true, urlHint: true, events: true, pausedAt: true, pausedReason: true, lastDeliveredAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ ...row, events: row.events as WebhookEvent[] }));
}

/** Adds a destination; for a generic webhook, answers its signing secret (shown once). */
export async function addWebhookDestination(actor: SessionUser, input: NewWebhookDestination): Promise<{ id: string; signingSecret: string | null }> {
  const policy = webhookAddressPolicy();
  const problem = describeUrlProblem(input.service, input.url, policy);
  if (problem) throw new AppError(AppErrorCode.INVALID_INPUT, problem, "url");
  const url = new URL(input.url);
  try {
    await resolveAllowedAddresses(url.hostname, policy);
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === "ENOTFOUND" ? `We could not find ${url.hostname}. Check the URL.` : "This URL points to a private network; Stepwise only sends to public addresses.";
    throw new AppError(AppErrorCode.INVALID_INPUT, message, "url");
  }
  const db = await getDb();
  const signingSecret = input.service === "GENERIC" ? newSigningSecret() : null;
  return db.$transaction(async (tx) => {
    // Serialise concurrent adds by one person so the limit holds.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('webhook-destinations'), hashtext(${actor.id}))`;
    if ((await tx.webhookDestination.count({ where: { userId: actor.id } })) >= MAX_WEBHOOK_DESTINATIONS) {
      throw new LimitReachedError(`You can have up to ${MAX_WEBHOOK_DESTINATIONS} destinations. Remove one to add another.`, "url");
    }
    const row = await tx.webhookDestination.create({
      data: {
        userId: actor.id,
        service: input.service,
        label: input.label,
        sealedUrl: sealText(url.toString(), URL_PURPOSE),
        urlHint: `${url.protocol}//${url.host}/…`,
        sealedSecret: signingSecret ? sealText(signingSecret, SECRET_PURPOSE) : null,
        events: input.events,
      },
      select: { id: true },
    });
    return { id: row.id, signingSecret };
  });
}

async function ownDestination(actor: SessionUser, id: string) {
  if (!UUID.test(id)) throw new NotFoundError("That destination");
  const db = await getDb();
  const row = await db.webhookDestination.findFirst({ where: { id, userId: actor.id }, select: { id: true } });
  if (!row) throw new NotFoundError("That destination");
  return db;
}

export async function removeWebhookDestination(actor: SessionUser, id: string): Promise<void> {
  const db = await ownDestination(actor, id);
  await db.webhookDestination.deleteMany({ where: { id, userId: actor.id } });
}

/** How old a delivery held back by a pause may be and still go out on resume. */
export const STALE_AFTER_PAUSE_MS = 24 * 60 * 60 * 1000;

/** Sends again after a pause; events older than a day are dropped rather than flooding the channel. */
export async function resumeWebhookDestination(actor: SessionUser, id: string, now = new Date()): Promise<void> {
  const db = await ownDestination(actor, id);
  await db.$transaction([
    db.webhookDestination.updateMany({ where: { id, userId: actor.id }, data: { pausedAt: null, pausedReason: null, consecutiveFailures: 0 } }),
    db.webhookDelivery.updateMany({
      where: { destinationId: id, status: "PENDING", createdAt: { lt: new Date(now.getTime() - STALE_AFTER_PAUSE_MS) } },
      data: { status: "FAILED", lastError: "expired while the destination was paused" },
    }),
  ]);
}

/** Queues a test message and sends it now; answers whether the destination accepted it. */
export async function sendTestWebhook(actor: SessionUser, id: string, now = new Date()): Promise<{ delivered: boolean; error: string | null }> {
  const db = await ownDestination(actor, id);
  const row = await db.webhookDelivery.create({
    data: {
      destinationId: id,
      event: "test",
      eventKey: `test:${now.toISOString()}:${crypto.randomUUID()}`,
      payload: { event: "test", title: "Test message from Stepwise: this destination works.", path: "/settings/webhooks", occurredAt: now.toISOString() } satisfies WebhookEventPayload,
      nextAttemptAt: now,
    },
    select: { id: true },
  });
  await deliverDueWebhooks({ now, onlyId: row.id, includePaused: true });
  const after = await db.webhookDelivery.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, lastError: true } });
  return { delivered: after.status === "SENT", error: after.status === "SENT" ? null : after.lastError };
}
