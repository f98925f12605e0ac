// The scenarios that prove several `next start` instances on one database behave as one, shared
// by the scale-out spec (three instances on PostgreSQL) and the PgBouncer spec (the same three
// behind a transaction-pooling PgBouncer). `on(n)` is instance n's origin. The browser plays a
// load balancer's client: cookies belong to the host, not the port, so one jar reaches all three.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createGoalWithForm } from "./goals";
import { linkFrom, listEmails, waitForEmail } from "./mailbox";
import { reminderPass, seedDueReminders, type Instance, type ScratchDatabase } from "./instances";
import { distinctClientAddress, signIn, strongPassword, uniqueEmail } from "./users";

export type InstanceNumber = 1 | 2 | 3;
export type Origins = (n: InstanceNumber) => string;

/** A page in a browser context of its own, a client of its own (the app limits per IP). */
export async function newClientPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  return context.newPage();
}

/**
 * Sign up on instance 1, confirm on 2, sign in on 3 and be signed in on 1; a goal made on 2 is
 * on 3's list and 1's page; a password changed on 2 ends another device's session on 1 and 3.
 */
export async function sessionsAndChangesHold(browser: Browser, on: Origins, person: { name: string; prefix: string; goal: { title: string; area: string; deadline: string } }): Promise<void> {
  const page = await newClientPage(browser);
  const user = { name: person.name, email: uniqueEmail(person.prefix), password: strongPassword() };

  await test.step("sign up on instance 1", async () => {
    await page.goto(`${on(1)}/sign-up`);
    await page.getByLabel("Name").fill(user.name);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/check-email\?for=sign-up$/);
  });

  await test.step("the link instance 1 emailed is redeemed on instance 2", async () => {
    const link = new URL(linkFrom(await waitForEmail(user.email, "Confirm your email for Stepwise"), "/auth/verify?token=", on(1)));
    await page.goto(`${on(2)}${link.pathname}${link.search}`);
    await page.getByRole("button", { name: "Confirm email" }).click();
    // Confirming in the browser that signed up signs in (issue 15); sign out so the next step signs in on instance 3.
    await expect(page).toHaveURL(`${on(2)}/dashboard`);
    await page.context().clearCookies();
  });

  await test.step("signed in on instance 3, the next request on instance 1 is signed in", async () => {
    await signIn(page, user, on(3));
    await page.goto(`${on(1)}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  });

  await test.step("a goal created on instance 2 is on instance 3's list and instance 1's page", async () => {
    const goalId = await createGoalWithForm(page, person.goal, on(2));
    await page.goto(`${on(3)}/goals`);
    await expect(page.getByRole("link", { name: person.goal.title })).toBeVisible();
    await page.goto(`${on(1)}/goals/${goalId}`);
    await expect(page.getByRole("heading", { level: 1, name: person.goal.title })).toBeVisible();
  });

  await test.step("a password changed on instance 2 ends another device's session on instances 1 and 3", async () => {
    const otherDevice = await newClientPage(browser);
    await signIn(otherDevice, user, on(1));
    const newPassword = strongPassword();
    await page.goto(`${on(2)}/settings`);
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed.")).toBeVisible();
    for (const n of [1, 3] as const) {
      await otherDevice.goto(`${on(n)}/dashboard`);
      await expect(otherDevice, `instance ${n} refuses the old session`).toHaveURL(`${on(n)}/sign-in`);
    }
    await page.goto(`${on(3)}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
    await otherDevice.context().close();
  });
  await page.context().close();
}

/** 10 wrong passwords per address per 15 minutes, spread over the three: the 11th is refused on each. */
export async function rateLimitCountsEveryInstance(browser: Browser, on: Origins, prefix: string, answer: { timeout?: number } = {}): Promise<void> {
  const page = await newClientPage(browser);
  const email = uniqueEmail(prefix);
  const attempt = async (n: InstanceNumber) => {
    await page.goto(`${on(n)}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    return page.getByRole("status");
  };
  for (let tries = 0; tries < 10; tries += 1) {
    await expect(await attempt(((tries % 3) + 1) as InstanceNumber)).toContainText("That email and password do not match an account", answer);
  }
  for (const n of [1, 2, 3] as const) {
    await expect(await attempt(n), `instance ${n} counts the others' attempts`).toContainText("Too many attempts", answer);
  }
  await page.context().close();
}

/**
 * Seeds `count` due reminders, then runs a pass on every instance at once, round after round,
 * until a round sends nothing: each email must arrive exactly once and the ledger say SENT for
 * each. Returns the rounds it took and what each instance sent.
 */
export async function remindersArriveOnce(database: ScratchDatabase, instances: Instance[], label: string, count: number): Promise<{ rounds: number; sentBy: number[] }> {
  const recipients = new Set(await seedDueReminders(database, `${label}-${Date.now()}`, count));
  const sentBy = instances.map(() => 0);
  let rounds = 0;
  // Each pass works through the backlog batch by batch (200), concurrently with the others,
  // until nothing is due; the last round must then find nothing left to send.
  for (;;) {
    rounds += 1;
    const answers = await Promise.all(
      instances.map(async (instance) => {
        const response = await reminderPass(instance);
        expect(response.status).toBe(200);
        return (await response.json()) as { sent: number; failed: number };
      }),
    );
    answers.forEach((answer, index) => {
      expect(answer.failed).toBe(0);
      sentBy[index] = (sentBy[index] ?? 0) + answer.sent;
    });
    if (answers.every((answer) => answer.sent === 0)) break;
    expect(rounds, "the backlog drains").toBeLessThan(8);
  }
  expect(sentBy.reduce((sum, sent) => sum + sent, 0)).toBe(count);

  // The capture server receives while the passes answer: wait for the last one to be parsed.
  await expect.poll(async () => (await listEmails()).filter((email) => recipients.has(email.to)).length).toBe(count);
  const received = (await listEmails()).filter((email) => recipients.has(email.to));
  expect(new Set(received.map((email) => email.to)).size).toBe(count);
  const ledger = await database.query<{ status: string; count: number }>(`SELECT "status", count(*)::int AS count FROM "EmailDelivery" WHERE "recipientEmail" = ANY($1) GROUP BY "status"`, [[...recipients]]);
  expect(ledger).toEqual([{ status: "SENT", count }]);
  return { rounds, sentBy };
}
