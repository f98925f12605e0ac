// A goal's page from creation to achievement: steps (typed, suggested, reordered by buttons and
// by dragging, completed), check-ins with their chart, the celebration and reflection, the
// achievements page; that another person's goal is a 404; and axe on the goal and achieve pages.
import type { Browser, Locator, Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { distinctClientAddress, signIn } from "./support/users";
import { createUser, signInAs } from "./support/world";

/** A calendar date `days` from today (UTC, far enough from any edge for the test's purposes). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

type NewGoal = { title: string; area: string; deadline: string; reward?: string; numbers?: { baseline: string; target: string; unit: string } };

/** Creates a goal through the compact form and returns its id, on the goal page. */
async function createGoal(page: Page, goal: NewGoal): Promise<string> {
  await page.goto("/goals/new?mode=form");
  await page.getByLabel("Your goal in one sentence").fill(goal.title);
  await page.getByLabel("Area").selectOption({ label: goal.area });
  // The option cards are labels covering the radio button: click the card, as a person would.
  await page.getByText("1 year", { exact: true }).click();
  await expect(page.getByLabel("1 year")).toBeChecked();
  await page.getByLabel("Specific: what exactly?").fill("A senior role where I lead the design of one product area.");
  await page.getByLabel("Measurable: what will you measure?").fill(goal.numbers ? "My base salary" : "An offer for the senior role, signed");
  if (goal.numbers) {
    await page.getByLabel("Where you are now").fill(goal.numbers.baseline);
    await page.getByLabel("Target").fill(goal.numbers.target);
    await page.getByLabel("Unit").fill(goal.numbers.unit);
  }
  await page.getByLabel("Attainable: why is it within reach?").fill("I already lead most design reviews on my team.");
  await page.getByLabel("Relevant: why does it matter to you?").fill("It is the next step towards running a design team.");
  await page.getByLabel("Time-bound: the deadline").fill(goal.deadline);
  if (goal.reward) await page.getByLabel("Reward (optional)").fill(goal.reward);
  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page).toHaveURL(/\/goals\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText("Goal created. Now break it into steps.")).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2] as string;
}

const stepsSection = (page: Page) => page.getByRole("region", { name: "Steps", exact: true });
const stepTitles = (page: Page) => stepsSection(page).locator("ol > li h3").allTextContents();
const stepItem = (page: Page, title: string): Locator =>
  stepsSection(page)
    .locator("ol > li")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) });

async function addStep(page: Page, step: { title: string; plan: string; deadline?: string }): Promise<void> {
  const form = page.getByRole("region", { name: "Add a step", exact: true });
  await form.getByLabel("Step").fill(step.title);
  await form.getByLabel("Action plan").fill(step.plan);
  if (step.deadline) await form.getByLabel("Deadline (optional)").fill(step.deadline);
  await form.getByRole("button", { name: "Add step" }).click();
  await expect(stepItem(page, step.title)).toBeVisible();
  // The form clears for the next step.
  await expect(form.getByLabel("Step")).toHaveValue("");
}

async function checkIn(page: Page, note: string, value?: string): Promise<void> {
  const form = page.getByRole("region", { name: "Check in", exact: true });
  await form.getByLabel("How is it going?").fill(note);
  if (value !== undefined) await form.getByLabel(/^Current value/).fill(value);
  await form.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByRole("list", { name: "Check-ins, newest first" }).getByText(note)).toBeVisible();
}

test("a goal from its first step to its celebration", async ({ page, login }) => {
  test.setTimeout(180_000);
  await login({ name: "Grace Hopper", prefix: "goal-journey" });
  const goalDeadline = daysFromNow(200);
  const title = "Become a senior product designer";
  const goalId = await createGoal(page, { title, area: "Increase earnings", deadline: goalDeadline, reward: "A weekend in Lisbon" });

  // The goal as written.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("1-year goal")).toBeVisible();
  await expect(page.getByText("Private", { exact: true })).toBeVisible();
  const smart = page.getByRole("complementary", { name: "Goal details" });
  for (const part of ["Specific", "Measurable", "Attainable", "Relevant", "Time-bound"]) await expect(smart.getByText(part, { exact: true })).toBeVisible();
  await expect(smart.getByText("A weekend in Lisbon")).toBeVisible();
  const progress = page.getByRole("progressbar", { name: `Progress on ${title}` });
  await expect(progress).toHaveAttribute("aria-valuetext", "0%, no steps or measure yet");

  // Three typed steps; the one due after the goal is flagged.
  await addStep(page, { title: "Update my portfolio", plan: "What: three case studies\nWho can help: Ada", deadline: daysFromNow(30) });
  await addStep(page, { title: "Ask three mentors for feedback", plan: "Book calls with Ada, Linus and Barbara." });
  await addStep(page, { title: "Negotiate the offer", plan: "Practise with my buddy first.", deadline: daysFromNow(230) });
  await expect(stepItem(page, "Negotiate the offer").getByText("After the goal's deadline")).toBeVisible();
  await expect(stepItem(page, "Update my portfolio").getByText("After the goal's deadline")).toHaveCount(0);
  await expect(stepItem(page, "Update my portfolio").getByText("Who can help:", { exact: true })).toBeVisible();

  // A suggested step for the goal's area, in one click; the suggestion then goes away.
  const suggestions = page.getByRole("region", { name: "Suggested steps", exact: true });
  await suggestions.getByRole("button", { name: "Add step: Ask for a raise" }).click();
  await expect(stepItem(page, "Ask for a raise")).toBeVisible();
  await expect(suggestions.getByRole("button", { name: "Add step: Ask for a raise" })).toHaveCount(0);
  await expect(suggestions.getByRole("button", { name: "Add step: Change jobs" })).toBeVisible();
  expect(await stepTitles(page)).toEqual(["Update my portfolio", "Ask three mentors for feedback", "Negotiate the offer", "Ask for a raise"]);

  // Reorder with the keyboard path: the step moves, focus stays with it, the move is announced.
  await page.getByRole("button", { name: "Move Update my portfolio down" }).click();
  await expect.poll(() => stepTitles(page)).toEqual(["Ask three mentors for feedback", "Update my portfolio", "Negotiate the offer", "Ask for a raise"]);
  await expect(page.getByRole("button", { name: "Move Update my portfolio down" })).toBeFocused();
  await expect(stepsSection(page).getByRole("status").filter({ hasText: "Moved Update my portfolio to position 2 of 4" })).toBeAttached();
  await page.keyboard.press("Enter");
  await expect.poll(() => stepTitles(page)).toEqual(["Ask three mentors for feedback", "Negotiate the offer", "Update my portfolio", "Ask for a raise"]);
  await expect(page.getByRole("button", { name: "Move Ask three mentors for feedback up" })).toBeDisabled();
  await page.reload();
  expect(await stepTitles(page)).toEqual(["Ask three mentors for feedback", "Negotiate the offer", "Update my portfolio", "Ask for a raise"]);

  // Completing a step moves the progress bar.
  await stepItem(page, "Update my portfolio").getByRole("button", { name: "Mark done: Update my portfolio" }).click();
  await expect(progress).toHaveAttribute("aria-valuetext", "25%, 1 of 4 steps done");
  await expect(page.getByText("1 of 4 steps done")).toBeVisible();
  await expect(stepItem(page, "Update my portfolio").getByRole("button", { name: "Mark not done: Update my portfolio" })).toBeVisible();

  // Deleting a step takes it out of the plan and the progress.
  await stepItem(page, "Ask for a raise").getByRole("button", { name: "Delete step: Ask for a raise" }).click();
  await expect(stepItem(page, "Ask for a raise")).toHaveCount(0);
  await expect(progress).toHaveAttribute("aria-valuetext", "33%, 1 of 3 steps done");
  expect(await stepTitles(page)).toEqual(["Ask three mentors for feedback", "Negotiate the offer", "Update my portfolio"]);

  // Editing a step in place: its form is rendered when asked for (a link, so no step carries a hidden form).
  const negotiate = stepItem(page, "Negotiate the offer");
  await expect(page.getByLabel("Action plan")).toHaveCount(1); // the "Add a step" form's only
  await negotiate.getByRole("link", { name: "Edit step: Negotiate the offer" }).click();
  await expect(page).toHaveURL(/\?edit=[0-9a-f-]{36}#step-item-/);
  await negotiate.getByLabel("Step").fill("Negotiate the senior offer");
  await negotiate.getByRole("button", { name: "Save step" }).click();
  await expect(stepItem(page, "Negotiate the senior offer")).toBeVisible();

  // Two check-ins, newest first, and a chart of them.
  await checkIn(page, "Portfolio draft is ready.");
  await checkIn(page, "Two mentors replied with feedback.");
  const history = page.getByRole("list", { name: "Check-ins, newest first" }).getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText("Two mentors replied with feedback.");
  await expect(history.nth(1)).toContainText("Portfolio draft is ready.");
  await expect(page.getByRole("img", { name: /^Check-ins over time 2 check-ins on / })).toBeVisible();
  await expect(page.getByRole("table", { name: "Check-ins over time" }).getByRole("row")).toHaveCount(3);

  await expectNoViolations(page, "the goal page");

  // Achieve: the celebration with the reward, then the reflection.
  await page.getByRole("link", { name: "Mark as achieved" }).click();
  await expect(page).toHaveURL(new RegExp(`/goals/${goalId}/achieve$`));
  await expect(page.getByRole("heading", { level: 1, name: "You did it!" })).toBeVisible();
  await expect(page.getByText("Time for your reward:")).toBeVisible();
  await expect(page.getByText("A weekend in Lisbon")).toBeVisible();
  await expect(page.getByRole("link", { name: "Set your next goal" })).toHaveAttribute("href", "/goals/new");
  await expectNoViolations(page, "the achieve page");

  const answers = {
    "What was especially hard?": "Asking for feedback on unfinished work.",
    "What was easy?": "Writing the case studies.",
    "Who helped you?": "Ada and my buddy Linus.",
    "What would you do differently next time?": "Start the portfolio a month earlier.",
  };
  for (const [question, answer] of Object.entries(answers)) await page.getByLabel(question).fill(answer);
  await page.getByRole("button", { name: "Mark as achieved" }).click();
  // Two of the three steps are open: asked once, and the answers typed are kept.
  await expect(page.locator("#shortfall-question")).toHaveText("2 of 3 steps are still open: mark achieved anyway?");
  await expect(page.getByLabel("What was easy?")).toHaveValue("Writing the case studies.");
  await page.getByRole("button", { name: "Mark achieved anyway" }).click();

  await expect(page).toHaveURL(new RegExp(`/achievements\\?goal=${goalId}$`));
  const card = page.locator(`#goal-${goalId}`);
  await expect(card.getByText("Just achieved")).toBeVisible();
  await expect(card.getByRole("heading", { name: title })).toBeVisible();
  await expect(card.getByText("A weekend in Lisbon")).toBeVisible();
  for (const [question, answer] of Object.entries(answers)) {
    await expect(card.getByText(question)).toBeVisible();
    await expect(card.getByText(answer)).toBeVisible();
  }

  // The goal page now shows it as achieved.
  await page.goto(`/goals/${goalId}`);
  await expect(page.getByText("You achieved this goal.")).toBeVisible();
  // The steps left open are not hidden by the achievement (the buddy's view says the same).
  await expect(progress).toHaveAttribute("aria-valuetext", "100%, achieved · 2 of 3 steps open");
});

test("a measured goal charts its values, drag and drop reorders, and nobody else can open it", async ({ page, browser, login }) => {
  test.setTimeout(180_000);
  await login({ name: "Grace Hopper", prefix: "goal-measured" });
  const title = "Earn 120,000 USD a year";
  const goalId = await createGoal(page, {
    title,
    area: "Increase earnings",
    deadline: daysFromNow(300),
    numbers: { baseline: "80000", target: "120000", unit: "USD" },
  });
  const progress = page.getByRole("progressbar", { name: `Progress on ${title}` });
  await expect(progress).toHaveAttribute("aria-valuetext", "0%, of the target reached");
  await expect(page.getByRole("complementary", { name: "Goal details" }).getByText("120,000 USD", { exact: true })).toBeVisible();

  // A check-in with a value moves the measure and starts a value chart from the baseline.
  await checkIn(page, "Got a raise after the review.", "100,000");
  await expect(progress).toHaveAttribute("aria-valuetext", "50%, of the target reached");
  await expect(page.getByRole("img", { name: /^Current value over time Current value rose from 80,000 to 100,000 USD .* Target: 120,000 USD\.$/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Check-ins, newest first" })).toContainText("Value: 100,000 USD");
  // A value that is not a number is refused next to the field, keeping the note.
  const form = page.getByRole("region", { name: "Check in", exact: true });
  await form.getByLabel("How is it going?").fill("Another update.");
  await form.getByLabel("Current value (USD)").fill("a lot");
  await form.getByRole("button", { name: "Check in" }).click();
  await expect(form.getByText("Enter a number, like 120000 or 7.5.")).toBeVisible();
  await expect(form.getByLabel("Current value (USD)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("How is it going?")).toHaveValue("Another update.");

  // Drag and drop for pointer users.
  await addStep(page, { title: "First step", plan: "" });
  await addStep(page, { title: "Second step", plan: "" });
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === `/goals/${goalId}`);
  await stepItem(page, "Second step")
    .getByTitle("Drag to reorder")
    .dragTo(stepItem(page, "First step"), { targetPosition: { x: 40, y: 8 } });
  await expect.poll(() => stepTitles(page)).toEqual(["Second step", "First step"]);
  await expect(stepsSection(page).getByRole("status").filter({ hasText: "Moved Second step to position 1 of 2" })).toBeAttached();
  await saved;
  await page.reload();
  expect(await stepTitles(page)).toEqual(["Second step", "First step"]);

  // Someone else gets the same 404 as for a goal that does not exist.
  await expectNotFoundForSomeoneElse(browser, [`/goals/${goalId}`, `/goals/${goalId}/achieve`, "/goals/not-a-goal-id"]);
});

async function expectNotFoundForSomeoneElse(browser: Browser, paths: string[]): Promise<void> {
  const context = await browser.newContext();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": distinctClientAddress() });
  const page = await context.newPage();
  try {
    await signInAs(context, await createUser("goal-stranger", { name: "Grace Hopper" }));
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    }
  } finally {
    await context.close();
  }
}

test("the goal page works without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  // Signing up is not under test here: the account exists; signing in runs without script.
  const user = await createUser("goal-nojs", { name: "Ada Plain" });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.setExtraHTTPHeaders({ "x-forwarded-for": distinctClientAddress() });
  const page = await context.newPage();
  try {
    await signIn(page, user);
    const goalId = await createGoal(page, { title: "Lead a team of five", area: "Power and responsibility", deadline: daysFromNow(200) });
    const goalUrl = `/goals/${goalId}`;

    const addForm = page.getByRole("region", { name: "Add a step", exact: true });
    await addForm.getByLabel("Step").fill("Shadow a team lead");
    await addForm.getByRole("button", { name: "Add step" }).click();
    await expect(stepItem(page, "Shadow a team lead")).toBeVisible();
    await page.goto(goalUrl);
    await page.getByRole("region", { name: "Suggested steps", exact: true }).getByRole("button", { name: "Add step: Lead a project" }).click();
    await expect(stepItem(page, "Lead a project")).toBeVisible();

    await page.goto(goalUrl);
    await page.getByRole("button", { name: "Move Shadow a team lead down" }).click();
    await page.goto(goalUrl);
    expect(await stepTitles(page)).toEqual(["Lead a project", "Shadow a team lead"]);

    const progress = page.getByRole("progressbar", { name: "Progress on Lead a team of five" });
    await page.getByRole("button", { name: "Mark done: Shadow a team lead" }).click();
    await page.goto(goalUrl);
    await expect(progress).toHaveAttribute("aria-valuetext", "50%, 1 of 2 steps done");

    await page.getByRole("button", { name: "Delete step: Lead a project" }).click();
    await page.goto(goalUrl);
    expect(await stepTitles(page)).toEqual(["Shadow a team lead"]);
    await expect(progress).toHaveAttribute("aria-valuetext", "100%, 1 of 1 steps done");

    await page.getByRole("button", { name: "Mark not done: Shadow a team lead" }).click();
    await page.goto(goalUrl);
    await expect(progress).toHaveAttribute("aria-valuetext", "0%, 0 of 1 steps done");
    await expect(page.getByRole("button", { name: "Mark done: Shadow a team lead" })).toBeVisible();

    // A refused check-in shows its message next to the field.
    const checkInForm = page.getByRole("region", { name: "Check in", exact: true });
    await checkInForm.getByRole("button", { name: "Check in" }).click();
    await expect(checkInForm.getByText("Say how it is going, even in a few words.")).toBeVisible();

    // Deleting asks first, then lands on the goals list.
    await page.goto(goalUrl);
    await page.locator("summary", { hasText: "Delete goal" }).click();
    await page.getByRole("button", { name: "Yes, delete this goal" }).click();
    await expect(page).toHaveURL(/\/goals\?deleted=1$/);
    expect((await page.goto(goalUrl))?.status()).toBe(404);
  } finally {
    await context.close();
  }
});
