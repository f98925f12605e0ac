// Playwright's `test`, extended with worlds built through the database (e2e/support/world.ts),
// in the way epic-stack's tests/playwright-utils.ts does it. Specs about signing up or signing
// in drive those forms themselves; every other spec starts here.
//
//   test("…", async ({ page, login }) => { const user = await login({ name: "Ada Lovelace" }); … });
//   test("…", async ({ buddies }) => { const { a, b, pairingPath } = buddies; … });
import { test as base, expect } from "@playwright/test";
import { newBuddies, type Buddies } from "./buddies";
import { distinctClientAddress } from "./users";
import { createUser, signInAs, type WorldUser } from "./world";

export type LoginOptions = { name?: string; prefix?: string; password?: string };

type Fixtures = {
  /** Creates a verified user in the browser's time zone, signs the test's context in and opens the dashboard, where signing in lands. */
  login(options?: LoginOptions): Promise<WorldUser>;
  /** Ada Lovelace in London and Grace Hopper in New York, already buddies, each signed in in a browser context of their own. */
  buddies: Buddies;
};

export const test = base.extend<Fixtures>({
  // Each test is a client of its own (see distinctClientAddress), so the app's per-IP limits
  // count one test's requests, however many tests a run has.
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": distinctClientAddress() });
  },
  login: async ({ context, page, timezoneId }, provide) => {
    await provide(async (options = {}) => {
      // The zone the sign-up form would have detected in this browser.
      const user = await createUser(options.prefix ?? "login", { ...options, timeZone: timezoneId });
      await signInAs(context, user);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/dashboard$/);
      return user;
    });
  },
  buddies: async ({ browser }, provide) => {
    const buddies = await newBuddies(browser, { name: "Ada Lovelace", timeZone: "Europe/London" }, { name: "Grace Hopper", timeZone: "America/New_York" });
    await provide(buddies);
    await buddies.a.context.close();
    await buddies.b.context.close();
  },
});

export { expect };
