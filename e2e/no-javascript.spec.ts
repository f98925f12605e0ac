// The landing page and the sign-in page are readable with JavaScript turned off: the content is
// server-rendered HTML and every way onwards is a real <a href>.
import { expect, test } from "./support/fixtures";

test.use({ javaScriptEnabled: false });

test("the landing page reads and navigates without JavaScript", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("From “I want to get ahead” to a plan you actually follow.");
  await expect(page.getByText("Stepwise helps you define what career success means to you")).toBeVisible();
  await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
  for (const feature of ["Know what success means to you", "Goals that are SMART, not vague", "1, 5 and 10-year horizons", "An accountability buddy"]) {
    await expect(page.getByRole("heading", { name: feature })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Private by default" })).toBeVisible();

  const account = page.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
  await expect(account.getByRole("link", { name: "Get started" })).toHaveAttribute("href", "/sign-up");
  await expect(page.getByRole("link", { name: "Create your free account" })).toHaveAttribute("href", "/sign-up");

  await page.getByRole("link", { name: "Create your free account" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole("heading", { name: /create/i })).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: "I already have an account" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the sign-in page renders without JavaScript", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Email me a sign-in link instead" })).toHaveAttribute("href", "/sign-in/link");
  await expect(page.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/forgot-password");
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/sign-up");
});
