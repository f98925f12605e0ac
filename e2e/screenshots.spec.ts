// Not a test: takes the phone and desktop screenshots committed under docs/screenshots/ for the
// before/after record of issue 16. Runs only when SCREENSHOTS_DIR is set, e.g.
//   SCREENSHOTS_DIR=docs/screenshots SCREENSHOTS_TAG=after node scripts/with-postgres.mjs npx playwright test e2e/screenshots.spec.ts
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { inEachLook } from "./support/looks";
import { createSampleGoals } from "./support/sample-goals";
import { distinctClientAddress } from "./support/users";
import { createUser, signInAs } from "./support/world";

const directory = process.env.SCREENSHOTS_DIR;
const tag = process.env.SCREENSHOTS_TAG ?? "after";

test.skip(!directory, "set SCREENSHOTS_DIR to take the screenshots");

/** Two answers on Reflect, so its progress shows something. */
async function answerTwoReflections(page: Page): Promise<void> {
  await page.goto("/reflect");
  for (const [question, answer] of [
    ["How do you define career success?", "Being the person others come to when a design problem is hard, and teaching what I know."],
    ["With no obstacles, what would your ultimate job be?", "Design lead at a small studio that builds public services."],
  ]) {
    await page.getByRole("textbox", { name: question }).fill(answer as string);
    const form = page.locator("form").filter({ has: page.getByRole("textbox", { name: question }) });
    await form.getByRole("button", { name: "Save answer" }).click();
    await expect(form.getByText("Saved.")).toBeVisible();
  }
}

test("screenshots of the dashboard, the wizard, the timeline and Reflect", async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  const page = await context.newPage();
  await signInAs(context, await createUser("shots", { name: "Grace Hopper" }));
  await createSampleGoals(page);
  await answerTwoReflections(page);

  const shots: [string, string][] = [
    ["dashboard", "/dashboard"],
    ["wizard", "/goals/new?mode=wizard"],
    ["timeline", "/timeline"],
    ["reflect", "/reflect"],
  ];
  // The light scheme's first screen and whole page; the dark scheme's first screen.
  await inEachLook(page, async ({ scheme, size }) => {
    for (const [name, url] of shots) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const file = scheme === "light" ? `${name}-${size}-${tag}` : `${name}-${size}-dark-${tag}`;
      await page.screenshot({ path: path.join(directory as string, `${file}.png`) });
      if (scheme === "light") await page.screenshot({ path: path.join(directory as string, `${file}-full.png`), fullPage: true });
    }
  });
  await context.close();
});
