// Not a test: takes the phone and desktop screenshots committed under docs/screenshots/ for the
// before/after record of issue 16. Runs only when SCREENSHOTS_DIR is set, e.g.
//   SCREENSHOTS_DIR=docs/screenshots SCREENSHOTS_TAG=after node scripts/with-postgres.mjs npx playwright test e2e/screenshots.spec.ts
import path from "node:path";
import { test } from "@playwright/test";
import { createSampleGoals } from "./support/sample-goals";
import { distinctClientAddress } from "./support/users";
import { createUser, signInAs } from "./support/world";

const directory = process.env.SCREENSHOTS_DIR;
const tag = process.env.SCREENSHOTS_TAG ?? "after";

test.skip(!directory, "set SCREENSHOTS_DIR to take the screenshots");

test("screenshots of the dashboard, the wizard and the timeline", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  const page = await context.newPage();
  await signInAs(context, await createUser("shots", { name: "Grace Hopper" }));
  await createSampleGoals(page);

  const shots: [string, string][] = [["dashboard", "/dashboard"], ["wizard", "/goals/new?mode=wizard"], ["timeline", "/timeline"]];
  for (const [size, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 800 }]] as const) {
    await page.setViewportSize(viewport);
    for (const [name, url] of shots) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      // The first screen, as a person sees it, and the whole page.
      await page.screenshot({ path: path.join(directory as string, `${name}-${size}-${tag}.png`) });
      await page.screenshot({ path: path.join(directory as string, `${name}-${size}-${tag}-full.png`), fullPage: true });
    }
  }
  // And on a phone in the dark scheme.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  for (const [name, url] of shots) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: path.join(directory as string, `${name}-phone-dark-${tag}.png`) });
  }
  await context.close();
});
