// Reflect as sections a person moves through (issue 16): one section on the page at a time,
// the progress shown, previous and next, drafts kept across sections, and the same with
// JavaScript turned off (every step is a link, every save a form post). Axe-clean in light and
// dark, nothing past the edge at 320 px.
import { expect, test, type Page } from "@playwright/test";
import { distinctClientAddress, signIn, signUpAndVerify, strongPassword, uniqueEmail } from "./support/users";
import { expectNoViolations } from "./support/axe";

async function saveAnswer(page: Page, question: string, answer: string): Promise<void> {
  await page.getByLabel(question).fill(answer);
  const form = page.locator("form").filter({ has: page.getByLabel(question) });
  await form.getByRole("button", { name: "Save answer" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();
}

test("one section at a time: progress, next and previous, drafts kept between sections", async ({ browser }) => {
  test.setTimeout(90_000);
  const user = { name: "Dorothy Vaughan", email: uniqueEmail("reflect"), password: strongPassword() };
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  const page = await context.newPage();
  await signUpAndVerify(page, user);
  await signIn(page, user);

  const sections = page.getByRole("navigation", { name: "Reflection sections" });
  const pager = page.getByRole("navigation", { name: "Previous and next section" });

  await test.step("the first section opens, and only its six questions are on the page", async () => {
    await page.goto("/reflect");
    await expect(page.getByText("You have answered 0 of 13 questions.")).toBeVisible();
    await expect(sections.getByRole("link")).toHaveText(["1. Success and ambition0 of 6 answered", "2. Values0 of 4 answered", "3. Vision0 of 3 answered", "4. Goal areasWhere to start a goal"]);
    await expect(sections.getByRole("link", { name: /Success and ambition/ })).toHaveAttribute("aria-current", "step");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Success and ambition");
    await expect(page.getByRole("textbox")).toHaveCount(6);
    await expect(page.getByLabel("When have you felt most successful?")).toHaveCount(0);
    await expect(pager.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  });

  await test.step("an answer saves as before and the progress counts it", async () => {
    await saveAnswer(page, "How do you define career success?", "Being the person others learn from.");
    await expect(page.getByText("You have answered 1 of 13 questions.")).toBeVisible();
    await expect(sections.getByRole("link", { name: /Success and ambition/ })).toContainText("1 of 6 answered");
    await expectNoViolations(page, "/reflect, first section with an answer");
  });

  await test.step("an unsaved answer survives moving to the next section and back", async () => {
    await page.getByLabel("What would you do if you had all the money you needed?").fill("Teach, mostly.");
    // Keyboard: the next link is reachable and follows with Enter.
    const next = pager.getByRole("link", { name: "Next: Values" });
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/reflect\?section=values#reflect-step$/);
    await expect(page).toHaveTitle(/^Reflect: Values/);
    // Past the introduction, at the section: the page is scrolled down to it.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await expect(page.getByRole("heading", { level: 2 })).toBeInViewport();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Values");
    await expect(sections.getByRole("link", { name: /Values/ })).toHaveAttribute("aria-current", "step");
    await expect(page.getByRole("textbox")).toHaveCount(4);

    await pager.getByRole("link", { name: "Previous: Success and ambition" }).click();
    await expect(page).toHaveURL(/\/reflect\?section=success#reflect-step$/);
    await expect(page.getByLabel("What would you do if you had all the money you needed?")).toHaveValue("Teach, mostly.");
    await expect(page.getByText("Your unsaved answer from last time is back: save it to keep it.")).toBeVisible();
  });

  await test.step("the last sections: vision, then the goal areas with no next", async () => {
    await sections.getByRole("link", { name: /Vision/ }).click();
    await expect(page).toHaveURL(/section=vision$/);
    await saveAnswer(page, "What is your dream career in 5 years?", "Leading a small design team.");
    await expect(sections.getByRole("link", { name: /Vision/ })).toContainText("1 of 3 answered");
    await pager.getByRole("link", { name: "Next: Goal areas" }).click();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Goal areas to start from");
    await expect(page.getByRole("link", { name: "Start a goal in this area: Increase earnings" })).toBeVisible();
    await expect(pager.getByRole("link", { name: /Next/ })).toHaveCount(0);
    await expect(pager.getByRole("link", { name: "Previous: Vision" })).toBeVisible();
    await expect(page.getByText("You have answered 2 of 13 questions.")).toBeVisible();
  });

  await test.step("an unknown section opens the first one", async () => {
    await page.goto("/reflect?section=nonsense");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Success and ambition");
  });

  await test.step("axe-clean in the dark, and nothing past the edge at 320 px", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    for (const section of ["success", "values", "vision", "goal-areas"]) {
      await page.goto(`/reflect?section=${section}`);
      await expectNoViolations(page, `/reflect?section=${section} (dark)`);
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const section of ["success", "values", "vision", "goal-areas"]) {
      await page.goto(`/reflect?section=${section}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on /reflect?section=${section} at 320 px`).toBeLessThanOrEqual(0);
    }
  });
  await context.close();
});

test("without JavaScript: sections are links and an answer saves with a form post", async ({ browser }) => {
  test.setTimeout(60_000);
  const headers = { "x-forwarded-for": distinctClientAddress() };
  const user = { name: "Dorothy Vaughan", email: uniqueEmail("reflect-nojs"), password: strongPassword() };
  const withScript = await browser.newContext({ extraHTTPHeaders: headers });
  const setup = await withScript.newPage();
  await signUpAndVerify(setup, user);
  await signIn(setup, user);
  const storageState = await withScript.storageState();
  await withScript.close();

  const context = await browser.newContext({ javaScriptEnabled: false, storageState, extraHTTPHeaders: headers });
  const page = await context.newPage();
  await page.goto("/reflect");
  await page.getByRole("navigation", { name: "Previous and next section" }).getByRole("link", { name: "Next: Values" }).click();
  await expect(page).toHaveURL(/\/reflect\?section=values#reflect-step$/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Values");

  await page.getByLabel("What does your ideal workday look like?").fill("Mornings of deep work, afternoons with people.");
  const form = page.locator("form").filter({ has: page.getByLabel("What does your ideal workday look like?") });
  await form.getByRole("button", { name: "Save answer" }).click();
  // The post answers with the same section, the answer saved and counted.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Values");
  await expect(page.getByText("You have answered 1 of 13 questions.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "What does your ideal workday look like?" })).toHaveValue("Mornings of deep work, afternoons with people.");
  await page.goto("/reflect?section=values");
  await expect(page.getByRole("textbox", { name: "What does your ideal workday look like?" })).toHaveValue("Mornings of deep work, afternoons with people.");
  await expect(page.getByRole("navigation", { name: "Reflection sections" }).getByRole("link", { name: /Values/ })).toContainText("1 of 4 answered");
  await context.close();
});
