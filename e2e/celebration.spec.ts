// The achievement moment (issue 16): after "Mark as achieved", the celebration has the reward at
// its centre and a short CSS animation, which does not run at all for someone who asked for
// reduced motion. axe in light and dark, on a phone and a desktop; screenshots are attached.
import { expect, test, type Page } from "@playwright/test";
import { newClient } from "./support/buddies";
import { signIn, signUpAndVerify, strongPassword, uniqueEmail, type TestUser } from "./support/users";
import { expectNoViolations } from "./support/axe";

/** The animations running (or holding their end state) on the page, and how many belong to the celebration. */
const animations = (page: Page) =>
  page.evaluate(() => {
    const all = document.getAnimations();
    return { all: all.length, celebration: all.filter((animation) => (animation.effect as KeyframeEffect | null)?.target?.closest("[data-testid=celebration]")).length };
  });

test("the celebration puts the reward in the middle, moves only when motion is welcome, and reads well in light and dark", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear() + 3;
  const user: TestUser = { name: "Katherine Johnson", email: uniqueEmail("celebrate"), password: strongPassword() };
  const title = `Lead the orbital mechanics course by ${year}`;
  const reward = "A week of stargazing in the Atacama desert";
  const { context, page } = await newClient(browser, "Europe/London");
  await signUpAndVerify(page, user);
  await signIn(page, user);

  await page.goto("/goals/new?mode=form");
  await page.getByLabel("Your goal in one sentence").fill(title);
  await page.getByLabel("Area").selectOption({ label: "Power and responsibility" });
  await page.getByLabel("5 years").check();
  await page.getByLabel("Specific: what exactly?").fill("Teach the course for a full semester.");
  await page.getByLabel("Measurable: what will you measure?").fill("Whether it happened, by the date");
  await page.getByLabel("Attainable: why is it within reach?").fill("I have taught parts of it already.");
  await page.getByLabel("Relevant: why does it matter to you?").fill("It is the work I want to be known for.");
  await page.getByLabel("Time-bound: the deadline").fill(`${year}-06-30`);
  await page.getByLabel("Reward (optional)").fill(reward);
  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page).toHaveURL(/\/goals\/[0-9a-f-]{36}\?created=1$/);
  const goalId = new URL(page.url()).pathname.split("/")[2] as string;

  await page.goto(`/goals/${goalId}/achieve`);
  await page.getByRole("button", { name: "Mark as achieved" }).click();
  await expect(page).toHaveURL(new RegExp(`/achievements\\?goal=${goalId}$`));

  for (const path of [`/achievements?goal=${goalId}`, `/goals/${goalId}/achieve`]) {
    await test.step(`${path}: the reward is the centre; motion only without reduced motion`, async () => {
      await page.emulateMedia({ reducedMotion: "no-preference", colorScheme: "light" });
      await page.goto(path);
      const celebration = page.getByTestId("celebration");
      await expect(celebration.getByRole("heading", { name: "You did it!" })).toBeVisible();
      await expect(celebration.getByText("Time for your reward:")).toBeVisible();
      await expect(celebration.getByText(reward)).toBeVisible();
      // The reward sits in the middle of the celebration, horizontally.
      const box = (await celebration.boundingBox())!;
      const rewardBox = (await celebration.getByText(reward).boundingBox())!;
      expect(Math.abs(rewardBox.x + rewardBox.width / 2 - (box.x + box.width / 2))).toBeLessThan(4);
      expect((await animations(page)).celebration).toBeGreaterThan(0);

      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.reload();
      await expect(celebration.getByText(reward)).toBeVisible();
      expect(await animations(page)).toEqual({ all: 0, celebration: 0 });
    });
  }

  await test.step("axe clean in light and dark, on a phone and a desktop, with no sideways scrolling", async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
        for (const [name, path] of [
          ["achievements", `/achievements?goal=${goalId}`],
          ["achieve", `/goals/${goalId}/achieve`],
        ] as const) {
          await page.goto(path);
          await expect(page.getByTestId("celebration").getByText(reward)).toBeVisible();
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} fits ${viewport.width}px`).toBe(true);
          await expectNoViolations(page, `${path} at ${viewport.width}px, ${colorScheme}`);
          await page.screenshot({ path: testInfo.outputPath(`${name}-${viewport.width}-${colorScheme}.png`) });
        }
      }
    }
  });

  await context.close();
});
