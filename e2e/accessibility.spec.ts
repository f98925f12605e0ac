// WCAG 2.1 A/AA checks with axe on every account page, signed out and signed in, plus the
// sign-up form used with the keyboard alone.
import { expectNoViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { strongPassword, uniqueEmail } from "./support/users";

for (const path of ["/", "/sign-up", "/sign-in", "/forgot-password", "/sign-in/link"]) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNoViolations(page, path);
  });
}

test("sign-up with field errors has no WCAG 2.1 AA violations", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page, "/sign-up with errors");
});

test("signed-in pages have no WCAG 2.1 AA violations", async ({ page, login }) => {
  test.setTimeout(90_000);
  const user = await login({ name: "Alan Turing", prefix: "a11y" });

  await expectNoViolations(page, "/dashboard");
  await page.locator("summary", { hasText: user.name }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoViolations(page, "/dashboard with the user menu open");

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expectNoViolations(page, "/settings");
});

test("sign-up works with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-up");
  const name = page.getByLabel("Name");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  const submit = page.getByRole("button", { name: "Create account" });

  // Past the skip link and the logo, the first field comes within a few presses.
  for (let presses = 0; presses < 10 && !(await name.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(name).toBeFocused();
  await page.keyboard.type("Ada Keyboard");
  await page.keyboard.press("Tab");
  await expect(email).toBeFocused();
  await page.keyboard.type(uniqueEmail("keyboard"));
  await page.keyboard.press("Tab");
  await expect(password).toBeFocused();
  await page.keyboard.type(strongPassword());
  await page.keyboard.press("Tab");
  await expect(submit).toBeFocused();

  await page.keyboard.press("Shift+Tab");
  await expect(password).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/check-email\?for=sign-up$/);
});
