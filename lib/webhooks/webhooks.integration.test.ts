// Webhook and chat destinations end to end against real PostgreSQL, a real HTTP receiver on
// loopback and the real SMTP capture: events from the product reach the chosen destinations
// once, signed (verified with the Standard Webhooks reference library) and in each service's
// format; failures retry, then pause the destination and tell its owner; and the SSRF rules
// refuse private, loopback (unless allowed) and redirected destinations.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { resetEnvCache } from "@/lib/config/env";
import { addCheer, addComment } from "@/lib/buddies/comments";
import { addCheckIn } from "@/lib/goals/check-ins";
import { isAppError, NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/integration/webhook-receiver";
import { addWebhookDestination, listWebhookDestinations, removeWebhookDestination, resumeWebhookDestination, sendTestWebhook } from "./destinations";
import { deliverDueWebhooks, PAUSE_AFTER_FAILURES } from "./deliver";
import { planDeadlineReminderDeliveries } from "@/lib/reminders/deadline-planner";
import { planReviewReminders } from "@/lib/reviews/reminders";
import { postSafely } from "./post-safely";
import type { WebhookEvent } from "./events";
import type { WebhookServiceName } from "./services";

const { db, mail } = setupAccountHarness();
let receiver: WebhookReceiver;

function allowLoopback(allowed: boolean) {
  process.env.WEBHOOKS_ALLOW_LOOPBACK = allowed ? "true" : "false";
  resetEnvCache();
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  allowLoopback(true);
});
afterAll(async () => {
  allowLoopback(false);
  await receiver.close();
});
beforeEach(async () => {
  allowLoopback(true);
  receiver.received.length = 0;
  receiver.answerWith();
  receiver.fallback({ status: 200 });
  await db.prisma.user.updateMany({ data: { buddyNudgesEnabled: false, deadlineRemindersEnabled: false } });
});

async function pairWithSharedCheckIn() {
  const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Europe/London" });
  const grace = await createSessionUser(db.prisma, { name: "Grace", timeZone: "America/New_York" });
  await db.prisma.buddyPairing.create({ data: { userAId: ada.id, userBId: grace.id } });
  const goal = await db.prisma.goal.create({ data: { ownerId: ada.id, title: "Ship the <beta>", category: "IMPACT", horizonYears: 1, deadline: new Date("2027-06-30"), visibility: "BUDDIES" } });
  const checkIn = await addCheckIn(ada, goal.id, { note: "Halfway there", progressValue: null });
  return { ada, grace, goal, checkIn };
}

async function destination(user: SessionUser, service: WebhookServiceName = "GENERIC", events: WebhookEvent[] = ["buddy-activity"], path = "/hook") {
  return addWebhookDestination(user, { service, label: `${service} test`, url: receiver.url(path), events });
}

describe("webhook destinations", () => {
  it("delivers a buddy's comment once, signed in the Standard Webhooks format", async () => {
    const { ada, grace, checkIn } = await pairWithSharedCheckIn();
    const { signingSecret } = await destination(ada);
    expect(signingSecret).toMatch(/^whsec_/);
    await addComment(grace, checkIn.id, { body: "Nice work" });

    const first = await deliverDueWebhooks();
    const second = await deliverDueWebhooks();
    expect(first.sent).toBe(1);
    expect(second.sent).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const request = receiver.received[0]!;
    const verified = new Webhook(signingSecret!).verify(request.body, {
      "webhook-id": String(request.headers["webhook-id"]),
      "webhook-timestamp": String(request.headers["webhook-timestamp"]),
      "webhook-signature": String(request.headers["webhook-signature"]),
    });
    expect(verified).toMatchObject({ type: "buddy-activity", data: { title: "Grace commented on “Ship the <beta>”" } });
    expect((verified as { data: { url: string } }).data.url).toMatch(/^http:\/\/stepwise\.test\/goals\//);
    // A tampered body fails verification.
    expect(() => new Webhook(signingSecret!).verify(request.body.replace("Grace", "Mallory"), request.headers as Record<string, string>)).toThrow();
  });

  it("formats each chat service's message the way that service reads it", async () => {
    const { ada, grace, checkIn } = await pairWithSharedCheckIn();
    for (const service of ["SLACK", "DISCORD", "TEAMS", "NTFY"] as const) await destination(ada, service, ["buddy-activity"], `/${service.toLowerCase()}/stepwise-topic`);
    await addCheer(grace, checkIn.id);
    await deliverDueWebhooks();
    const byPath = new Map(receiver.received.map((request) => [request.path, request]));
    expect(byPath.get("/slack/stepwise-topic")?.json).toMatchObject({ blocks: [{ type: "section", text: { type: "mrkdwn", text: expect.stringContaining("*Grace cheered on “Ship the &lt;beta&gt;”*") } }] });
    expect(byPath.get("/discord/stepwise-topic")?.json).toMatchObject({ content: expect.stringContaining("**Grace cheered"), allowed_mentions: { parse: [] } });
    expect(byPath.get("/teams/stepwise-topic")?.json).toMatchObject({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard" } }] });
    // ntfy's JSON publishing goes to the server's root with the topic in the body.
    expect(byPath.get("/")?.json).toMatchObject({ topic: "ntfy/stepwise-topic", message: expect.stringContaining("Grace cheered"), click: expect.stringMatching(/^http:\/\/stepwise\.test\//) });
    expect(receiver.received.every((request) => request.headers["webhook-signature"] === undefined)).toBe(true);
  });

  it("sends each event once however many passes run at the same time", async () => {
    const { ada, grace, checkIn } = await pairWithSharedCheckIn();
    await destination(ada);
    await destination(ada, "GENERIC", ["buddy-activity"], "/second");
    for (let index = 0; index < 15; index += 1) await addComment(grace, checkIn.id, { body: `Comment ${index}` });
    const passes = await Promise.all(Array.from({ length: 4 }, () => deliverDueWebhooks()));
    expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBe(30);
    const ids = receiver.received.map((request) => request.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(30);
    expect(receiver.received).toHaveLength(30);
  });

  it("retries after a 500 and after a timeout, keeping the same webhook-id", async () => {
    const { ada, grace, checkIn } = await pairWithSharedCheckIn();
    await destination(ada);
    receiver.answerWith({ status: 500 }, "hang");
    await addComment(grace, checkIn.id, { body: "Keep going" });
    const first = await deliverDueWebhooks({ timeoutMs: 300 });
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    const row = await db.prisma.webhookDelivery.findFirstOrThrow({ where: { destination: { userId: ada.id } } });
    expect(row.lastError).toBe("HTTP 500");
    const later = new Date(row.nextAttemptAt.getTime() + 1000);
    expect(await deliverDueWebhooks({ now: later, timeoutMs: 300 })).toMatchObject({ sent: 0, retrying: 1 });
    const afterTimeout = await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(afterTimeout.lastError).toMatch(/no answer within 300 ms/);
    expect(await deliverDueWebhooks({ now: new Date(afterTimeout.nextAttemptAt.getTime() + 1000), timeoutMs: 300 })).toMatchObject({ sent: 1 });
    const ids = receiver.received.map((request) => request.headers["webhook-id"]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", attempts: 3 });
  });

  it("pauses a destination that keeps failing and tells its owner, in the app and by email; resuming sends again", async () => {
    const { ada, grace, checkIn } = await pairWithSharedCheckIn();
    const { id } = await destination(ada);
    receiver.fallback({ status: 410 });
    for (let index = 0; index < PAUSE_AFTER_FAILURES + 2; index += 1) await addComment(grace, checkIn.id, { body: `Comment ${index}` });
    const pass = await deliverDueWebhooks();
    expect(pass.paused).toBe(1);
    const [listed] = await listWebhookDestinations(ada);
    expect(listed).toMatchObject({ id, pausedReason: expect.stringContaining("HTTP 410") });
    expect(listed?.pausedAt).toBeInstanceOf(Date);
    expect(await db.prisma.notification.count({ where: { userId: ada.id, kind: "webhook-paused" } })).toBe(1);
    const email = await mail().waitFor(ada.email, "paused");
    expect(email.subject).toBe("Stepwise paused your destination “GENERIC test”");
    expect(email.text).toContain("http://stepwise.test/settings/webhooks");

    // Paused: nothing more is claimed.
    const receivedWhilePaused = receiver.received.length;
    await addComment(grace, checkIn.id, { body: "While paused" });
    await deliverDueWebhooks({ now: new Date(Date.now() + 3 * 3_600_000) });
    expect(receiver.received.length).toBe(receivedWhilePaused);

    receiver.fallback({ status: 204 });
    await resumeWebhookDestination(ada, id);
    const resumed = await deliverDueWebhooks({ now: new Date(Date.now() + 3 * 3_600_000) });
    expect(resumed.sent).toBeGreaterThanOrEqual(1);
    expect((await listWebhookDestinations(ada))[0]?.pausedAt).toBeNull();
  });

  it("plans deadline reminders for destinations that want them, once per reminder moment", async () => {
    const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Asia/Kathmandu" });
    await destination(ada, "GENERIC", ["deadline"]);
    // 09:00 in Kathmandu (+05:45) on 1 March 2027; the deadline is 7 days later.
    const now = new Date("2027-03-01T03:16:00Z");
    await db.prisma.goal.create({ data: { ownerId: ada.id, title: "Finish the certificate", category: "IMPACT", horizonYears: 1, deadline: new Date("2027-03-08"), createdAt: new Date("2027-01-01") } });
    await planDeadlineReminderDeliveries(db.prisma, now);
    await planDeadlineReminderDeliveries(db.prisma, now);
    expect(await db.prisma.webhookDelivery.count({ where: { destination: { userId: ada.id } } })).toBe(1);
    await deliverDueWebhooks({ now });
    expect(receiver.received.map((request) => (request.json as { data: { title: string } }).data.title)).toEqual(["“Finish the certificate” is due in 7 days (8 Mar 2027)"]);
  });

  it("sends a review reminder to each person's destination in their own time zone, with the email reminders' timing", async () => {
    const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Europe/London" });
    const grace = await createSessionUser(db.prisma, { name: "Grace", timeZone: "America/New_York" });
    const pairing = await db.prisma.buddyPairing.create({ data: { userAId: ada.id, userBId: grace.id } });
    await destination(ada, "GENERIC", ["review"]);
    await destination(grace, "GENERIC", ["review"], "/grace");
    const startsAt = new Date("2027-04-06T17:00:00Z");
    await db.prisma.reviewSession.create({ data: { pairingId: pairing.id, scheduledById: ada.id, startsAt, timeZone: "Europe/London", scheduledAt: new Date("2027-03-01T00:00:00Z") } });
    const now = new Date(startsAt.getTime() - 20 * 3_600_000);
    await planReviewReminders(db.prisma, now);
    await planReviewReminders(db.prisma, now);
    await deliverDueWebhooks({ now });
    const titles = Object.fromEntries(receiver.received.map((request) => [request.path, (request.json as { data: { title: string } }).data.title]));
    expect(titles).toEqual({
      "/hook": "Your goal review with Grace is tomorrow: Tuesday 6 April 2027, 18:00–19:00 (Europe/London)",
      "/grace": "Your goal review with Ada is tomorrow: Tuesday 6 April 2027, 13:00–14:00 (America/New_York)",
    });
  });

  it("refuses another person's destination as not found", async () => {
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const mallory = await createSessionUser(db.prisma, { name: "Mallory" });
    const { id } = await destination(ada);
    for (const attempt of [() => removeWebhookDestination(mallory, id), () => resumeWebhookDestination(mallory, id), () => sendTestWebhook(mallory, id), () => removeWebhookDestination(mallory, "not-a-uuid")]) {
      await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await listWebhookDestinations(mallory)).toEqual([]);
    expect(await db.prisma.webhookDestination.count({ where: { id } })).toBe(1);
  });

  it("sends a test message at once and says whether it arrived", async () => {
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const { id } = await destination(ada, "DISCORD", ["achievement"], "/api/webhooks/1/abc");
    expect(await sendTestWebhook(ada, id)).toEqual({ delivered: true, error: null });
    receiver.answerWith({ status: 404 });
    expect(await sendTestWebhook(ada, id)).toEqual({ delivered: false, error: "HTTP 404" });
    // A failed test is not retried later.
    expect(await deliverDueWebhooks({ now: new Date(Date.now() + 86_400_000) })).toMatchObject({ sent: 0, retrying: 0 });
  });
});

describe("server-side request forgery", () => {
  const refused = async (service: WebhookServiceName, url: string) => {
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    try {
      await addWebhookDestination(ada, { service, label: "x", url, events: ["deadline"] });
    } catch (error) {
      if (isAppError(error) && error.field === "url") return error.message;
      throw error;
    }
    throw new Error(`${url} was accepted`);
  };

  it("refuses private, link-local and (unless the operator allows it) loopback destinations when they are added", async () => {
    allowLoopback(false);
    expect(await refused("GENERIC", "http://example.com/hook")).toBe("The URL must start with https://");
    expect(await refused("GENERIC", "https://10.0.0.7/hook")).toMatch(/private network/);
    expect(await refused("GENERIC", "https://169.254.169.254/latest/meta-data")).toMatch(/private network/);
    expect(await refused("GENERIC", "https://[::1]/hook")).toMatch(/private network/);
    expect(await refused("GENERIC", "https://[::ffff:192.168.1.1]/hook")).toMatch(/private network/);
    expect(await refused("GENERIC", "https://[fd00::1]/hook")).toMatch(/private network/);
    // A DNS name that resolves to loopback.
    expect(await refused("GENERIC", "https://localhost/hook")).toMatch(/private network/);
    expect(await refused("GENERIC", "https://user:pass@example.com/hook")).toMatch(/user name and password/);
    expect(await refused("SLACK", "https://hooks.example.com/services/x")).toBe("This is not a Slack webhook URL.");
    // Loopback http is for the operator who turns it on, and even then private networks stay refused.
    allowLoopback(true);
    expect(await refused("GENERIC", "http://10.0.0.7/hook")).toBe("The URL must start with https://");
    expect(await refused("GENERIC", "https://192.168.0.10/hook")).toMatch(/private network/);
  });

  it("checks again at send time: a destination that now resolves to loopback, or redirects, is refused", async () => {
    allowLoopback(false);
    const policy = { allowLoopback: false };
    expect(await postSafely({ url: receiver.url(), contentType: "application/json", body: "{}" }, policy)).toMatchObject({ ok: false, refused: true });
    expect(await postSafely({ url: receiver.url().replace("127.0.0.1", "localhost"), contentType: "application/json", body: "{}" }, policy)).toMatchObject({ ok: false, refused: true });
    expect(receiver.received).toHaveLength(0);

    // Allowed to reach the receiver, which redirects to the cloud metadata address: not followed.
    receiver.answerWith({ status: 307, location: "http://169.254.169.254/latest/meta-data" });
    const outcome = await postSafely({ url: receiver.url(), contentType: "application/json", body: "{}" }, { allowLoopback: true });
    expect(outcome).toMatchObject({ ok: false, status: 307, refused: true });
    expect(receiver.received).toHaveLength(1);
  });
});
