// WCAG 2.1 A/AA checks with axe on every account page, signed out and signed in, plus the
// sign-up form used with the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { distinctClientAddress, signIn, signUpAndVerify, strongPassword, uniqueEmail } from "./support/users";

// Each test is a client of its own (see distinctClientAddress), so the app's per-IP limits
// count one test's requests, however many tests a run has.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": distinctClientAddress() });
});

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One readable line per violation and offending element, so a failure says what to fix. */
function describeViolations(violations: AxeResults["violations"]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `[${violation.impact ?? "unknown"}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        `    at ${node.target.join(" ")}\n    ${node.failureSummary?.replaceAll("\n", "\n    ") ?? ""}`,
    ),
  );
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(describeViolations(results.violations), `axe WCAG 2.1 AA violations on ${what}`).toEqual([]);
}

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

test("signed-in pages have no WCAG 2.1 AA violations", async ({ page }) => {
  test.setTimeout(90_000);
  const user = { name: "Alan Turing", email: uniqueEmail("a11y"), password: strongPassword() };
  await signUpAndVerify(page, user);
  await signIn(page, user);

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
