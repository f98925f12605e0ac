// Writing a goal, end to end: the SMART wizard a new user gets (live SMART check, the suggested
// deadline, steps that keep what was typed), the server's field messages on the compact form,
// axe on both modes, the wizard with the keyboard alone, and the form without JavaScript.
import type { Locator, Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { distinctClientAddress } from "./support/users";

const GOAL_URL = /\/goals\/[0-9a-f-]{36}\?created=1$/;
/** One part of the SMART check, found by its name ("Specific", "Time-bound"…). */
function smartPart(page: Page, name: string): Locator {
  return page
    .getByRole("region", { name: "SMART check" })
    .getByRole("listitem")
    .filter({ has: page.getByText(name, { exact: true }) });
}

function stepHeading(page: Page, text: string): Locator {
  return page.getByRole("heading", { name: text, exact: true });
}

/** Presses `key` until `target` has focus (at most `max` times): how a keyboard user gets there. */
async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test("a new user writes a first goal with the SMART wizard", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Katherine Johnson", prefix: "wizard" });
  // A year two ahead is within a 5-year horizon and more than one year away, whatever today is.
  const year = new Date().getFullYear() + 2;
  const statement = `Earn $120k a year as a senior product designer by ${year}`;

  await test.step("someone with no goals gets the wizard", async () => {
    await page.goto("/goals/new");
    await expect(page.getByRole("heading", { name: "New goal", level: 1 })).toBeVisible();
    await expect(stepHeading(page, "Step 1 of 6: Specific")).toBeVisible();
    await expect(page.getByRole("link", { name: "Prefer one page? Use the compact form" })).toHaveAttribute("href", "/goals/new?mode=form");
  });

  await test.step("the SMART check follows the statement as it is typed", async () => {
    const title = page.getByLabel("Your goal in one sentence");
    await title.fill("Earn more");
    await expect(smartPart(page, "Specific")).toContainText("Needs work");
    await expect(smartPart(page, "Measurable")).toContainText("Needs work");
    await expect(smartPart(page, "Measurable")).toContainText('Replace "more" with a number');
    await expect(page.getByRole("status").filter({ hasText: "SMART parts met" })).toHaveText("0 of 5 SMART parts met");

    await title.fill(statement);
    await expect(smartPart(page, "Specific")).toContainText("Met");
    await expect(smartPart(page, "Measurable")).toContainText("Met");
    await expect(smartPart(page, "Measurable")).not.toContainText("Needs work");
    await page.getByRole("button", { name: `Use 31 Dec ${year} as the deadline` }).click();
    await expect(page.getByText(`Deadline set to 31 Dec ${year}.`)).toBeFocused();
    await expect(smartPart(page, "Time-bound")).toContainText("Met");
    await expect(page.getByRole("status").filter({ hasText: "SMART parts met" })).toHaveText("3 of 5 SMART parts met");
    await page.getByLabel("Area").selectOption({ label: "Increase earnings" });
    await page.getByLabel("Specific: what exactly?").fill("A senior product designer role at a health-tech company.");
  });

  await test.step("each step is announced and keeps what was typed when going back", async () => {
    await page.getByRole("button", { name: "Next: Measurable" }).click();
    await expect(stepHeading(page, "Step 2 of 6: Measurable")).toBeFocused();
    await page.getByLabel("Measurable: what will you measure?").fill("My base salary");
    await page.getByLabel("Where you are now").fill("95000");
    await page.getByLabel("Target").fill("120000");
    await page.getByLabel("Unit").fill("USD");
    await page.getByRole("button", { name: "Next: Attainable" }).click();
    await expect(stepHeading(page, "Step 3 of 6: Attainable")).toBeFocused();
    await page.getByLabel("Attainable: why is it within reach?").fill("I lead design for two teams already and my manager backs a promotion case.");

    await page.getByRole("button", { name: "Back" }).click();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(stepHeading(page, "Step 1 of 6: Specific")).toBeFocused();
    await expect(page.getByLabel("Your goal in one sentence")).toHaveValue(statement);
    await expect(page.getByLabel("Area")).toHaveValue("EARNINGS");
    await page.getByRole("button", { name: "Next: Measurable" }).click();
    await expect(page.getByLabel("Target")).toHaveValue("120000");
    await page.getByRole("button", { name: "Next: Attainable" }).click();
    await expect(page.getByLabel("Attainable: why is it within reach?")).toHaveValue(/^I lead design/);
  });

  await test.step("the remaining steps and the preview", async () => {
    await page.getByRole("button", { name: "Next: Relevant" }).click();
    await page.getByLabel("Relevant: why does it matter to you?").fill("Security for my family, and work I am proud to show.");
    await page.getByRole("button", { name: "Next: Time-bound" }).click();
    await expect(stepHeading(page, "Step 5 of 6: Time-bound")).toBeFocused();
    await expect(page.getByLabel("Time-bound: the deadline")).toHaveValue(`${year}-12-31`);
    await page.getByLabel("5 years").check();
    await page.getByRole("button", { name: "Next: Sharing and reward" }).click();
    await expect(page.getByLabel("Private")).toBeChecked();
    await expect(page.getByText("Nothing is ever public.")).toBeVisible();
    await page.getByLabel("Reward (optional)").fill("A weekend in Lisbon");

    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText(statement);
    await expect(preview).toContainText("My base salary: from 95000 to 120000 USD");
    await expect(preview).toContainText(`31 Dec ${year}`);
    await expect(page.getByRole("status").filter({ hasText: "SMART parts met" })).toHaveText("5 of 5 SMART parts met");
  });

  await test.step("one submission creates the goal", async () => {
    await page.getByRole("button", { name: "Create goal" }).click();
    await expect(page).toHaveURL(GOAL_URL);
  });

  await test.step("with a goal, the compact form is the default", async () => {
    await page.goto("/goals/new");
    await expect(page.getByRole("heading", { name: "The goal" })).toBeVisible();
    await expect(stepHeading(page, "Step 1 of 6: Specific")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New to SMART goals? Use the step-by-step guide" })).toHaveAttribute("href", "/goals/new?mode=wizard");
  });
});

test("the server's field messages appear next to their fields and keep what was typed", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Katherine Johnson", prefix: "goal-errors" });
  await page.goto("/goals/new?mode=form");
  await page.getByLabel("Area").selectOption("KNOWLEDGE");
  await page.getByLabel("10 years").check();
  await page.getByLabel("Specific: what exactly?").fill("A part-time Master's in Data Science.");
  await page.getByLabel("Target").fill("180");
  await page.getByLabel("Time-bound: the deadline").fill("2020-01-31");
  await page.getByLabel("Shared with your buddies").check();
  await page.getByLabel("Reward (optional)").fill("A new laptop");
  await page.getByRole("button", { name: "Create goal" }).click();

  const title = page.getByLabel("Your goal in one sentence");
  await expect(title).toHaveAccessibleDescription(/Write your goal in one sentence\./);
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toBeFocused();
  const deadline = page.getByLabel("Time-bound: the deadline");
  await expect(deadline).toHaveAccessibleDescription(/Choose a date that is not in the past\./);
  await expect(deadline).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();

  await expect(page).toHaveURL(/\/goals\/new\?mode=form$/);
  await expect(deadline).toHaveValue("2020-01-31");
  await expect(page.getByLabel("Area")).toHaveValue("KNOWLEDGE");
  await expect(page.getByLabel("10 years")).toBeChecked();
  await expect(page.getByLabel("Specific: what exactly?")).toHaveValue("A part-time Master's in Data Science.");
  await expect(page.getByLabel("Target")).toHaveValue("180");
  await expect(page.getByLabel("Shared with your buddies")).toBeChecked();
  await expect(page.getByLabel("Reward (optional)")).toHaveValue("A new laptop");
  await expect(page.getByLabel("Specific: what exactly?")).not.toHaveAttribute("aria-invalid");
});

test("/goals/new has no WCAG 2.1 AA violations as wizard or form", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Katherine Johnson", prefix: "goal-a11y" });

  await page.goto("/goals/new?mode=wizard");
  await expect(stepHeading(page, "Step 1 of 6: Specific")).toBeVisible();
  await page.getByLabel("Your goal in one sentence").fill("Earn more by 2028");
  await expectNoViolations(page, "the wizard's first step with SMART feedback");
  await page.getByRole("button", { name: "Time-bound", exact: true }).click();
  await expect(stepHeading(page, "Step 5 of 6: Time-bound")).toBeVisible();
  await expectNoViolations(page, "the wizard's time-bound step");

  await page.goto("/goals/new?mode=form&example=switch-industries");
  await expect(page.getByLabel("Your goal in one sentence")).toHaveValue(/^Move from retail management/);
  await expectNoViolations(page, "the compact form filled from an example");
  await page.getByLabel("Your goal in one sentence").fill("");
  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page.getByLabel("Your goal in one sentence")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page, "the compact form with field errors");
});

test("the wizard can be completed with the keyboard alone", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Katherine Johnson", prefix: "goal-keyboard" });
  await page.goto("/goals/new");
  const keys = page.keyboard;

  // Step 1: statement, area (type-ahead on the select), details; the deadline from the statement.
  const title = page.getByLabel("Your goal in one sentence");
  await pressUntilFocused(page, title);
  await keys.type("Give 3 talks at industry conferences within the next 6 months");
  await keys.press("Tab");
  await expect(page.getByLabel("Area")).toBeFocused();
  await keys.type("Make");
  await expect(page.getByLabel("Area")).toHaveValue("IMPACT");
  await keys.press("Tab");
  await expect(page.getByLabel("Specific: what exactly?")).toBeFocused();
  await keys.type("Talks on accessible design at front-end and design conferences.");
  const useDeadline = page.getByRole("button", { name: /^Use .+ as the deadline$/ });
  await pressUntilFocused(page, useDeadline);
  await keys.press("Enter");
  await expect(page.getByText(/^Deadline set to /)).toBeFocused();
  await pressUntilFocused(page, page.getByRole("button", { name: "Next: Measurable" }), "Shift+Tab");
  await keys.press("Enter");

  // Step 2: Enter in a one-line field moves on instead of submitting.
  await expect(stepHeading(page, "Step 2 of 6: Measurable")).toBeFocused();
  await keys.press("Tab");
  await expect(page.getByLabel("Measurable: what will you measure?")).toBeFocused();
  await keys.type("Conference talks given");
  await keys.press("Enter");

  // Step 3: Space on the Next button.
  await expect(stepHeading(page, "Step 3 of 6: Attainable")).toBeFocused();
  await keys.press("Tab");
  await keys.type("I have given the talk internally twice and a colleague reviews my proposals.");
  await pressUntilFocused(page, page.getByRole("button", { name: "Next: Relevant" }));
  await keys.press("Space");

  // Step 4.
  await expect(stepHeading(page, "Step 4 of 6: Relevant")).toBeFocused();
  await keys.press("Tab");
  await keys.type("Sharing what I learnt helps other teams build products everyone can use.");
  await pressUntilFocused(page, page.getByRole("button", { name: "Next: Time-bound" }));
  await keys.press("Enter");

  // Step 5: the first horizon option, chosen with Space; the deadline is already set.
  await expect(stepHeading(page, "Step 5 of 6: Time-bound")).toBeFocused();
  await keys.press("Tab");
  await expect(page.getByLabel("1 year")).toBeFocused();
  await keys.press("Space");
  await expect(page.getByLabel("1 year")).toBeChecked();
  await expect(page.getByLabel("Time-bound: the deadline")).not.toHaveValue("");
  await pressUntilFocused(page, page.getByRole("button", { name: "Next: Sharing and reward" }));
  await keys.press("Enter");

  // Step 6: private by default; create.
  await expect(stepHeading(page, "Step 6 of 6: Sharing and reward")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "SMART parts met" })).toHaveText("5 of 5 SMART parts met");
  await pressUntilFocused(page, page.getByRole("button", { name: "Create goal" }));
  await keys.press("Enter");
  await expect(page).toHaveURL(GOAL_URL);
});

test("without JavaScript the wizard is one long form and the compact form still works", async ({ page, browser, baseURL, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Katherine Johnson", prefix: "goal-nojs" });
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  await context.setExtraHTTPHeaders({ "x-forwarded-for": distinctClientAddress() });
  const noScript = await context.newPage();

  await noScript.goto("/goals/new?mode=wizard");
  for (const heading of ["Step 1 of 6: Specific", "Step 3 of 6: Attainable", "Step 6 of 6: Sharing and reward"]) {
    await expect(stepHeading(noScript, heading)).toBeVisible();
  }
  await expect(noScript.getByRole("button", { name: /^Next/ })).toBeHidden();
  await expect(noScript.getByRole("button", { name: "Create goal" })).toBeVisible();

  await noScript.goto("/goals/new?mode=form&example=advanced-degree");
  await noScript.getByLabel("Time-bound: the deadline").fill("2020-01-31");
  await noScript.getByRole("button", { name: "Create goal" }).click();
  await expect(noScript.getByLabel("Time-bound: the deadline")).toHaveAccessibleDescription(/Choose a date that is not in the past\./);
  await expect(noScript.getByLabel("Your goal in one sentence")).toHaveValue(/^Complete a part-time Master's in Data Science by /);
  await expect(noScript.getByLabel("5 years")).toBeChecked();

  await noScript.getByLabel("Time-bound: the deadline").fill(`${new Date().getFullYear() + 3}-06-30`);
  await noScript.getByRole("button", { name: "Create goal" }).click();
  await expect(noScript).toHaveURL(GOAL_URL);
  await context.close();
});
