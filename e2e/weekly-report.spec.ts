// Issue 18, items 2 and 4, as two people live them: Ada says what she wants from the pairing and
// turns weekly reports on; a scheduler pass at the end of the period drafts her report; she
// edits and sends it; Grace gets the email, answers with one piece of advice, and Ada reads it
// on the pairing page. Then the pairing goes quiet for two periods: both are emailed, see the
// choice on the dashboard and the pairing page, pause and resume, and renew the agreement.
//
// The clock: the app reads the real time, so the spec moves the pairing's history into the past
// (startedAt, answeredAt, renewedAt) and runs a scheduler pass with `npm run reminders:run`,
// as a system cron would, against the suite's database and mail server.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { linkFrom, waitForEmail } from "./support/mailbox";
import { createGoalWithForm } from "./support/goals";
import { becomeBuddies, newClient, shareGoals } from "./support/buddies";
import { strongPassword, uniqueEmail, type TestUser } from "./support/users";
import { expectNoViolations } from "./support/axe";

async function sql(text: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.STEPWISE_E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** Moves the pairing's history `days` into the past, as if that much time had gone by. */
async function timePasses(pairingId: string, days: number): Promise<void> {
  await sql(`UPDATE "BuddyPairing" SET "startedAt" = "startedAt" - make_interval(days => $2), "renewedAt" = "renewedAt" - make_interval(days => $2) WHERE "id" = $1`, [pairingId, days]);
  await sql(`UPDATE "WeeklyReport" SET "answeredAt" = "answeredAt" - make_interval(days => $2), "sentAt" = "sentAt" - make_interval(days => $2) WHERE "pairingId" = $1`, [pairingId, days]);
}

/** One scheduler pass, as `npm run reminders:run` from a system cron. */
function schedulerPass(): void {
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/run-reminders.ts", "--budget-ms", "20000"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: process.env.STEPWISE_E2E_DATABASE_URL ?? "",
      DATA_DIR: process.env.STEPWISE_E2E_DATA_DIR ?? "",
      AUTH_SECRET: process.env.STEPWISE_E2E_AUTH_SECRET ?? "",
      APP_URL: process.env.E2E_APP_URL ?? "",
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 120_000,
  });
}

/** Opens a link from an email as a fresh load (the page may already be on that path: a hash-only change would not reload it). */
async function openFromEmail(page: Page, link: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(link);
}

async function screenshots(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/weekly-${name}-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a weekly report goes to the buddy and comes back with advice; a quiet pairing offers a kind choice", async ({ browser }) => {
  test.setTimeout(300_000);
  const year = new Date().getFullYear() + 1;
  const ada: TestUser = { name: "Ada Lovelace", email: uniqueEmail("weekly-ada"), password: strongPassword() };
  const grace: TestUser = { name: "Grace Hopper", email: uniqueEmail("weekly-grace"), password: strongPassword() };
  const goalTitle = `Give a conference talk by ${year}`;
  const a = await newClient(browser, "Europe/London");
  const b = await newClient(browser, "America/New_York");
  let pairingPath = "";
  let pairingId = "";

  await test.step("they become buddies; Ada shares a goal, says what she wants and turns weekly reports on", async () => {
    pairingPath = await becomeBuddies(a, ada, b, grace);
    pairingId = pairingPath.split("/").pop() ?? "";
    await createGoalWithForm(a.page, { title: goalTitle, area: "Make a difference in my field", deadline: `${year}-06-30` });
    await shareGoals(a.page, [goalTitle]);

    await a.page.goto(pairingPath);
    const wishes = a.page.getByRole("region", { name: "What we each want from this" });
    await wishes.getByLabel("Every two weeks").check();
    await wishes.getByLabel("Candid critique").check();
    await wishes.getByLabel("What stays between us (optional)").fill("My salary numbers");
    await wishes.getByRole("button", { name: "Save what I want" }).click();
    await expect(wishes.getByText("Saved. Your buddy sees it next to theirs.")).toBeVisible();

    const reports = a.page.getByRole("region", { name: "Weekly reports" });
    await reports.getByLabel("Draft it for me to send").check();
    await reports.getByRole("button", { name: "Save report setting" }).click();
    await expect(reports.getByText(/^Saved\. Your first report is drafted/)).toBeVisible();

    await b.page.goto(pairingPath);
    const seen = b.page.getByRole("region", { name: "What we each want from this" });
    await expect(seen).toContainText("Feedback: candid critique");
    await expect(seen).toContainText("Stays between us: My salary numbers");
    await expectNoViolations(b.page, "the pairing page with wishes");
  });

  const typedDone = "Wrote the abstract and sent it to two meetups.\nRehearsed once, out loud.";
  await test.step("the period ends: the draft is ready, Ada edits it and sends it with one click", async () => {
    await timePasses(pairingId, 8);
    schedulerPass();
    const ready = await waitForEmail(ada.email, "Your weekly report to Grace Hopper is ready to send");
    await openFromEmail(a.page, linkFrom(ready, "/buddies/"));
    const reports = a.page.getByRole("region", { name: "Weekly reports" });
    await expect(reports.getByRole("heading", { name: /Your report for .* is ready/ })).toBeVisible();
    await expect(reports.getByLabel("Stuck")).toHaveValue(`• No movement on “${goalTitle}” this time`);
    await expectNoViolations(a.page, "the pairing page with a draft");
    await screenshots(a.page, "draft");
    await reports.getByLabel("Done").fill(typedDone);
    await reports.getByRole("button", { name: "Send to Grace Hopper" }).click();
    await expect(a.page.getByText("Sent. Your buddy gets it by email and in Stepwise.")).toBeVisible();
    await expect(reports.getByRole("heading", { name: /is ready/ })).toBeHidden();
  });

  await test.step("Grace gets it by email and answers with one piece of advice; Ada reads the answer", async () => {
    const sent = await waitForEmail(grace.email, "Ada Lovelace sent you their weekly report");
    expect(sent.text).toContain("Rehearsed once, out loud.");
    await openFromEmail(b.page, linkFrom(sent, "/buddies/"));
    const report = b.page.getByRole("listitem").filter({ hasText: "Ada Lovelace's report" });
    await expect(report).toContainText("Wrote the abstract");
    await expectNoViolations(b.page, "the pairing page with a report to answer");
    await screenshots(b.page, "answer");
    await report.getByLabel("Your answer to Ada Lovelace").fill("Great progress — the abstract is strong.");
    await report.getByLabel("One piece of advice").fill("Rehearse in front of one friend before the meetup.");
    await report.getByRole("button", { name: "Send answer" }).click();
    await expect(b.page.getByText("Answered. Thank you: your advice is waiting for them.")).toBeVisible();

    await a.page.goto(pairingPath);
    const answered = a.page.getByRole("listitem").filter({ hasText: "Your report" });
    await expect(answered).toContainText("Grace Hopper's answer");
    await expect(answered).toContainText("Rehearse in front of one friend before the meetup.");
  });

  await test.step("two silent periods later both are told once and see the choice; Ada pauses, Grace resumes", async () => {
    await timePasses(pairingId, 15);
    // Health emails go at each person's reminder hour: make it one that has come, whatever the time of the run.
    await sql(`UPDATE "User" SET "reminderHour" = 0 WHERE "email" = ANY($1)`, [[ada.email, grace.email]]);
    schedulerPass();
    const told = await waitForEmail(grace.email, "You and Ada Lovelace: renew, pause or end kindly?");
    expect(told.text).toContain(`${pairingPath}#health-heading`);
    await waitForEmail(ada.email, "You and Grace Hopper: renew, pause or end kindly?");

    await a.page.goto("/dashboard");
    await expect(a.page.getByRole("heading", { name: "It has been quiet between you and Grace Hopper" })).toBeVisible();
    await expectNoViolations(a.page, "the dashboard with the choice");
    await a.page.goto(pairingPath);
    const banner = a.page.getByRole("region", { name: "It has been quiet between you and Grace Hopper" });
    await expect(banner.getByRole("button", { name: "Renew our agreement" })).toBeVisible();
    await expect(banner.getByText("End kindly")).toBeVisible();
    await expectNoViolations(a.page, "the pairing page with the choice");
    await screenshots(a.page, "choice");
    await banner.getByRole("button", { name: "Pause for now" }).click();
    await expect(a.page.getByRole("heading", { name: "Your pairing is paused" })).toBeVisible();

    await b.page.goto(pairingPath);
    const paused = b.page.getByRole("region", { name: "Your pairing is paused" });
    await expect(paused).toContainText("Ada Lovelace paused it.");
    await paused.getByRole("button", { name: "Resume our pairing" }).click();
    await expect(b.page.getByRole("heading", { name: "Your pairing is paused" })).toBeHidden();
    await expect(b.page.getByRole("heading", { name: /It has been quiet/ })).toBeHidden();
  });

  await test.step("quiet again: Grace renews, and the agreement is open for both to accept", async () => {
    await timePasses(pairingId, 15);
    await b.page.goto(pairingPath);
    await b.page.getByRole("region", { name: "It has been quiet between you and Ada Lovelace" }).getByRole("button", { name: "Renew our agreement" }).click();
    await expect(b.page.getByText(/^Renewed\. Read your agreement below and accept it/)).toBeVisible();
    await expect(b.page.getByRole("button", { name: "Accept our agreement" })).toBeVisible();
    await a.page.goto(pairingPath);
    await expect(a.page.getByRole("heading", { name: /It has been quiet/ })).toBeHidden();
    await expect(a.page.getByRole("region", { name: "Our agreement" }).getByRole("button", { name: "Accept our agreement" })).toBeVisible();
  });

  await a.context.close();
  await b.context.close();
});
