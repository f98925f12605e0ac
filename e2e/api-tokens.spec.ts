// Settings → API as a person uses it: create a token, see it once, call the API with it (from
// a client holding no cookie), revoke it, and the next call is refused. axe on the page in the
// light and the dark scheme. With API_SCREENSHOTS_DIR set, also saves phone and desktop shots.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createGoalWithForm } from "./support/goals";
import { distinctClientAddress, signIn, signUpAndVerify, strongPassword, uniqueEmail } from "./support/users";
import { expectNoViolations } from "./support/axe";
import { inEachLook } from "./support/looks";

const screenshots = process.env.API_SCREENSHOTS_DIR;

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": distinctClientAddress() });
});

test("a personal access token: created and shown once, used by a script, revoked", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const user = { name: "Ada Lovelace", email: uniqueEmail("api-token"), password: strongPassword() };
  await signUpAndVerify(page, user);
  await signIn(page, user);
  const deadline = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
  const goalId = await createGoalWithForm(page, { title: "Publish my first paper", area: "Knowledge and training", deadline });

  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  await expect(page).toHaveURL(/\/settings\/api$/);
  await expect(page.getByRole("heading", { name: "API", level: 1 })).toBeVisible();
  await expect(page.getByText("You have no tokens yet.")).toBeVisible();
  await expectNoViolations(page, "Settings → API (empty)");

  // A form error keeps what was chosen.
  await page.getByLabel("Name").fill("   ");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token after where you use it")).toBeVisible();

  await page.getByLabel("Name").fill("My script");
  await page.getByRole("checkbox", { name: /Write check-ins/ }).check();
  await page.getByLabel("Expires").selectOption({ label: "In 30 days" });
  await page.getByRole("button", { name: "Create token" }).click();
  const tokenField = page.getByLabel("Your new token");
  await expect(tokenField).toBeVisible();
  const token = await tokenField.inputValue();
  expect(token).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
  const list = page.getByRole("list", { name: "Your tokens" });
  await expect(list.getByRole("heading", { name: "My script" })).toBeVisible();
  await expect(list.getByText("read, write:check-ins")).toBeVisible();
  await expect(list.getByText(token.slice(0, 10))).toBeVisible();
  await expectNoViolations(page, "Settings → API with a new token");

  if (screenshots) {
    await inEachLook(page, async ({ scheme, size }) => {
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: path.join(screenshots, `settings-api-${size}-${scheme}.png`), fullPage: true });
    });
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoViolations(page, "Settings → API in the dark scheme");
  await page.emulateMedia({ colorScheme: "light" });

  // A script: its own client, with no cookie of the signed-in browser.
  const script = await playwright.request.newContext({ baseURL });
  const goals = await script.get("/api/v1/goals", { headers: { Authorization: `Bearer ${token}` } });
  expect(goals.status()).toBe(200);
  expect((await goals.json()).data).toEqual([expect.objectContaining({ id: goalId, title: "Publish my first paper" })]);
  const checkIn = await script.post(`/api/v1/goals/${goalId}/check-ins`, { headers: { Authorization: `Bearer ${token}` }, data: { note: "Sent the draft to my advisor" } });
  expect(checkIn.status()).toBe(201);
  // The browser's session cookie is no credential here.
  expect((await page.request.get("/api/v1/goals")).status()).toBe(401);

  // Shown once: after a reload only the prefix is left, and the last use is recorded.
  await page.reload();
  await expect(page.getByLabel("Your new token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(list.getByText("never", { exact: true })).toHaveCount(0);

  await list.locator("summary", { hasText: "Revoke My script" }).click();
  await list.getByRole("button", { name: "Yes, revoke My script" }).click();
  await expect(page.getByText("You have no tokens yet.")).toBeVisible();

  const refused = await script.get("/api/v1/goals", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });
  await script.dispose();
});
