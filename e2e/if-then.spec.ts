// Issue 18 (items 1, 3, 5) as two buddies live it: Ada writes a step's if-then plan with the
// guide (a plan without a situation is explained, the cue is read from the plan), Grace asks one
// question and Ada answers, Grace approves; the step's reminder arrives at its cue quoting the
// plan (dates set in the database); after a missed week Ada's check-in is greeted as a comeback
// and Grace is asked to welcome her back, with the comment prompts Ada asked for (candid).
// axe checks every page this slice changed.
// It runs on an instance and a database of its own (extraPort(65)): a scheduler pass plans and
// sends for everyone in its database, and on the suite's shared one it would email other specs.
import { expect, test } from "@playwright/test";
import { waitForEmail, type CapturedEmail } from "./support/mailbox";
import { createGoalWithForm } from "./support/goals";
import { becomeBuddies, newClient, shareGoals } from "./support/buddies";
import { strongPassword, uniqueEmail, type TestUser } from "./support/users";
import { createScratchDatabase, extraPort, reminderPass, startInstance, type Instance, type ScratchDatabase } from "./support/instances";
import { expectNoViolations } from "./support/axe";

let database: ScratchDatabase | undefined;
let instance: Instance | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createScratchDatabase("ifthen");
  instance = await startInstance({ port: extraPort(65), databaseUrl: database.url, smtpUrl: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}` });
});

test.afterAll(async () => {
  await instance?.stop();
  await database?.drop();
});

async function sql(text: string, values: unknown[] = []): Promise<void> {
  if (!database) throw new Error("the database is made in beforeAll");
  await database.query(text, values);
}

/** One scheduler pass, as a cron caller makes it, then the email it sent. */
async function reminderFromPass(to: string, subject: string): Promise<CapturedEmail> {
  if (!instance) throw new Error("the instance starts in beforeAll");
  expect((await reminderPass(instance)).status).toBe(200);
  return waitForEmail(to, subject);
}

const PLAN = "If it is Monday 8:30 and I open my laptop, then I write the promotion case for 25 minutes.";

test("if-then plans the buddy reviews, a reminder at the plan's cue, a comeback after a missed week, and feedback that fits", async ({ browser }) => {
  test.setTimeout(300_000);
  const year = new Date().getFullYear() + 2;
  const ada: TestUser = { name: "Ada Lovelace", email: uniqueEmail("ifthen-ada"), password: strongPassword() };
  const grace: TestUser = { name: "Grace Hopper", email: uniqueEmail("ifthen-grace"), password: strongPassword() };
  const goalTitle = `Get promoted to staff engineer by ${year}`;
  const a = await newClient(browser, "UTC", instance?.url);
  const b = await newClient(browser, "America/New_York", instance?.url);
  let pairingPath = "";
  let goalId = "";
  let stepId = "";

  await test.step("they become buddies; Ada asks for candid critique on a goal she shares", async () => {
    pairingPath = await becomeBuddies(a, ada, b, grace, instance?.url);
    goalId = await createGoalWithForm(a.page, { title: goalTitle, area: "Power and responsibility", deadline: `${year}-06-30` });
    await a.page.goto(`/goals/${goalId}/edit`);
    const feedback = a.page.getByRole("group", { name: "Feedback from your buddy (optional)" });
    await expect(feedback.getByLabel("Not said")).toBeChecked();
    await feedback.getByLabel("I have done this before").check();
    await expectNoViolations(a.page, "/goals/<id>/edit with the feedback setting");
    await a.page.getByRole("button", { name: "Save changes" }).click();
    await expect(a.page).toHaveURL(new RegExp(`/goals/${goalId}(\\?|$)`));
    await shareGoals(a.page, [goalTitle]);
  });

  await test.step("Ada writes a step's if-then plan with the guide: a plan without a moment is explained, the cue comes from the plan", async () => {
    await a.page.goto(`/goals/${goalId}`);
    const add = a.page.getByRole("region", { name: "Add a step" });
    await add.getByLabel("Step", { exact: true }).fill("Write the promotion case");
    await add.getByLabel("What could get in the way?").fill("Meetings run over");
    const plan = add.getByLabel("Your if-then plan");
    await plan.fill("Write the promotion case");
    await add.getByLabel("Remind me on (optional)").focus();
    await expect(add.getByText(/Start with the moment it happens: “If …” or “When …”/)).toBeVisible();
    await expect(plan).toHaveAttribute("aria-invalid", "true");
    // Sent anyway, the server says the same next to the field and keeps every word.
    await add.getByRole("button", { name: "Add step" }).click();
    await expect(add.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(plan).toHaveValue("Write the promotion case");

    await plan.fill(PLAN);
    await add.getByLabel("At (optional)").focus();
    await expect(add.getByLabel("Remind me on (optional)")).toHaveValue("1");
    await expect(add.getByLabel("At (optional)")).toHaveValue("08:30");
    await expect(add.getByText(/Start with the moment/)).toHaveCount(0);
    await add.getByLabel("Deadline (optional)").fill(`${year}-03-31`);
    await add.getByRole("button", { name: "Add step" }).click();
    await expect(a.page.getByText("Step added: Write the promotion case")).toBeVisible();
    const shown = a.page.locator('[data-testid^="step-plan-"]');
    await expect(shown).toContainText(PLAN);
    await expect(shown).toContainText("(reminder Mondays at 08:30)");
    stepId = ((await shown.getAttribute("data-testid")) ?? "").replace("step-plan-", "");
    expect(stepId).toMatch(/^[0-9a-f-]{36}$/);
  });

  await test.step("Grace reads the plan on the shared goal and asks one question; Ada answers from the notification", async () => {
    await b.page.goto(pairingPath);
    const step = b.page.locator(`#step-${stepId}`);
    await expect(step).toContainText(PLAN);
    await expect(step).toContainText("Meetings run over");
    await step.getByText("Ask one question").click();
    await step.getByLabel("Your question").fill("What will you do if Monday is a holiday?");
    await step.getByRole("button", { name: "Send question" }).click();
    await expect(step).toContainText("You asked: What will you do if Monday is a holiday?");
    await expect(step.getByText("Ask one question")).toHaveCount(0);
    await expectNoViolations(b.page, "/buddies/<id> with a step's plan and its question");

    await a.page.goto("/notifications");
    await a.page.getByRole("link", { name: /Grace Hopper asked about your plan for “Write the promotion case”/ }).click();
    await expect(a.page).toHaveURL(new RegExp(`/goals/${goalId}#step-item-${stepId}$`));
    const mine = a.page.getByTestId(`step-plan-${stepId}`);
    await expect(mine).toContainText("Grace Hopper asks: What will you do if Monday is a holiday?");
    await expectNoViolations(a.page, "/goals/<id> with a question to answer");
    await mine.getByLabel("Your answer").fill("Then Tuesday, same time.");
    await mine.getByRole("button", { name: "Send answer" }).click();
    await expect(mine).toContainText("Your answer: Then Tuesday, same time.");
    // Each also hears of the other's move by email.
    expect((await waitForEmail(ada.email, "Grace Hopper left 1 plan review")).text).toContain("What will you do if Monday is a holiday?");
    expect((await waitForEmail(grace.email, "Ada Lovelace left 1 answer")).text).toContain("Then Tuesday, same time.");

    await b.page.goto(pairingPath);
    await b.page.getByRole("button", { name: "Approve plan for Write the promotion case" }).click();
    await expect(b.page.locator(`#step-${stepId}`)).toContainText("You approved this plan");
    await a.page.reload();
    await expect(a.page.getByTestId(`step-plan-${stepId}`)).toContainText("Grace Hopper approved this plan");
  });

  await test.step("the step's reminder arrives at its cue and quotes the plan", async () => {
    // The cue moved to 00:00 today (UTC, Ada's zone) with the deadline today, as if the day had come.
    await sql(`UPDATE "MicroGoal" SET "deadline" = (now() AT TIME ZONE 'UTC')::date, "cueWeekday" = NULL, "cueMinute" = 0, "createdAt" = now() - interval '2 days' WHERE "id" = $1::uuid`, [stepId]);
    const reminder = await reminderFromPass(ada.email, "Due today: “Write the promotion case”");
    expect(reminder.text).toContain(`Your if-then plan: “${PLAN}”`);
    expect(reminder.text).toContain(`/goals/${goalId}#step-item-${stepId}`);
  });

  await test.step("after a missed week Ada's check-in is a comeback; Grace is asked to welcome her back with the prompts Ada asked for", async () => {
    await a.page.goto(`/goals/${goalId}`);
    await a.page.getByLabel("How is it going?").fill("Drafted the outline.");
    await a.page.getByRole("button", { name: "Check in" }).click();
    await expect(a.page.getByText("Check-in saved.")).toBeVisible();
    await sql(`UPDATE "CheckIn" SET "createdAt" = now() - interval '20 days' WHERE "authorId" = (SELECT "id" FROM "User" WHERE "email" = $1)`, [ada.email]);
    await a.page.reload();
    await a.page.getByLabel("How is it going?").fill("Back at it: wrote two sections.");
    await a.page.getByRole("button", { name: "Check in" }).click();
    await expect(a.page.getByText(/^Welcome back! Check-in saved\./)).toBeVisible();
    await expect(a.page.getByText(/streak/i)).toHaveCount(0);

    await b.page.goto("/notifications");
    await b.page.getByRole("link", { name: /Ada Lovelace is back on “.*” after a break: welcome them back/ }).click();
    await expect(b.page).toHaveURL(new RegExp(`${pairingPath}#check-in-[0-9a-f-]{36}$`));
    const latest = b.page
      .getByRole("list", { name: `Check-ins on ${goalTitle}, newest first` })
      .getByRole("listitem")
      .first();
    await expect(latest).toContainText("Comeback");
    await expect(latest).toContainText("Ada Lovelace is back after a break");
    await expect(latest).toContainText("Ada Lovelace has done this before and asked for candid critique.");
    await latest.getByRole("button", { name: "Welcome back! Good to see you on this again." }).click();
    const box = latest.getByLabel("Your comment");
    await expect(box).toHaveValue("Welcome back! Good to see you on this again.");
    await latest.getByRole("button", { name: "The weakest part against your plan is…" }).click();
    await expect(box).toHaveValue("Welcome back! Good to see you on this again. The weakest part against your plan is ");
    await box.fill("Welcome back! The outline reads well; the impact section needs numbers.");
    await latest.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(latest.getByText("Comment posted.")).toBeVisible();
    await expectNoViolations(b.page, "/buddies/<id> with a comeback and fitting prompts");
    // Grace had this hour's buddy email already (Ada's answer to her question), so the comeback
    // waits for the next hour's summary (at most one an hour per buddy): bring that hour forward.
    await sql(`UPDATE "EmailDelivery" SET "dueAt" = now(), "nextAttemptAt" = now() WHERE "kind" = 'buddy-activity' AND "status" = 'PENDING' AND "recipientEmail" = $1`, [grace.email]);
    const welcome = await reminderFromPass(grace.email, "is back on Stepwise");
    expect(welcome.subject).toBe("Ada Lovelace is back on Stepwise: welcome them back");
    expect(`${welcome.subject} ${welcome.text}`).not.toMatch(/missed|streak/i);
  });

  await test.step("the new parts fit a phone and a laptop, in light and dark", async () => {
    for (const [client, path, name] of [
      [a, `/goals/${goalId}?edit=${stepId}`, "goal"],
      [b, pairingPath, "buddy"],
    ] as const) {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 800 },
      ]) {
        for (const colorScheme of ["light", "dark"] as const) {
          await client.page.setViewportSize(viewport);
          await client.page.emulateMedia({ colorScheme });
          await client.page.goto(path);
          const overflow = await client.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${name} page at ${viewport.width}px overflows`).toBeLessThanOrEqual(0);
          if (process.env.IFTHEN_SCREENSHOTS) {
            await client.page.screenshot({ path: `${process.env.IFTHEN_SCREENSHOTS}/${name}-${viewport.width}-${colorScheme}.png`, fullPage: true });
          }
        }
      }
    }
  });

  await a.context.close();
  await b.context.close();
});
