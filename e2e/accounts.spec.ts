// Accounts, end to end, through the real UI, the production build, PostgreSQL and SMTP:
// the whole life of an account as a new user lives it, then the properties that protect it
// (no account enumeration, sessions ended by a password change, pages and server actions
// refused without a session).
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { listEmails, linkFrom, waitForEmail } from "./support/mailbox";
import { signIn, signOut, signUpAndVerify, strongPassword, uniqueEmail } from "./support/users";

const WRONG_CREDENTIALS = "That email and password do not match an account";

/** The visible text of the page's main region: what a person would read. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).trim();
}

async function expectSignInRefused(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText(WRONG_CREDENTIALS);
  await expect(page).toHaveURL(/\/sign-in$/);
}

test("a new user's journey: sign up, confirm, sign in and out, magic link, reset, change password, delete", async ({ page }) => {
  // Every step hashes passwords with scrypt at full strength: give the journey room.
  test.setTimeout(180_000);
  const name = "Ada Lovelace";
  const email = uniqueEmail("journey");
  const firstPassword = strongPassword();
  const resetPassword = strongPassword();
  const changedPassword = strongPassword();

  await test.step("the landing page leads to sign-up", async () => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Get started" }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  await test.step("bad input is explained field by field and what was typed is kept", async () => {
    const nameField = page.getByLabel("Name");
    const emailField = page.getByLabel("Email");
    const passwordField = page.getByLabel("Password");

    await nameField.fill(name);
    await emailField.fill("ada.example.com");
    await passwordField.fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(emailField).toHaveAccessibleDescription(/Enter a valid email address/);
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(passwordField).toHaveAccessibleDescription(/Use at least 8 characters/);
    await expect(passwordField).toHaveAttribute("aria-invalid", "true");
    await expect(nameField).toHaveValue(name);
    await expect(emailField).toHaveValue("ada.example.com");
    await expect(nameField).not.toHaveAttribute("aria-invalid");
    await expect(page).toHaveURL(/\/sign-up$/);

    await emailField.fill(email);
    await passwordField.fill("password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(passwordField).toHaveAccessibleDescription(/too common/);
    await expect(emailField).not.toHaveAttribute("aria-invalid");
    await expect(nameField).toHaveValue(name);
    await expect(emailField).toHaveValue(email);
    // Passwords are never echoed back into the page.
    await expect(passwordField).toHaveValue("");
  });

  await test.step("valid details lead to 'Check your email'", async () => {
    await page.getByLabel("Password").fill(firstPassword);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/check-email\?for=sign-up$/);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  });

  await test.step("the emailed link confirms the address", async () => {
    const confirmation = await waitForEmail(email, "Confirm your email for Stepwise");
    await page.goto(linkFrom(confirmation, "/auth/verify?token="));
    await expect(page.getByText(email)).toBeVisible();
    await page.getByRole("button", { name: "Confirm email" }).click();
    // Confirming signs in: no second typing of the email and password (issue 15).
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);
    await signOut(page, { name });
  });

  await test.step("sign in with the password", async () => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(firstPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);
  });

  await test.step("sign out from the user menu", async () => {
    await signOut(page, { name });
    await expect(page.getByText("You are signed out.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  await test.step("sign in with an emailed link", async () => {
    await page.getByRole("link", { name: "Email me a sign-in link instead" }).click();
    await expect(page).toHaveURL(/\/sign-in\/link$/);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page).toHaveURL(/\/check-email\?for=magic-link$/);

    const message = await waitForEmail(email, "Your Stepwise sign-in link");
    const link = linkFrom(message, "/auth/magic?token=");
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await page.goto("/dashboard");
    await signOut(page, { name });
  });

  await test.step("reset the password with an emailed link", async () => {
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    const requestedAt = new Date();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page).toHaveURL(/\/check-email\?for=reset$/);

    const message = await waitForEmail(email, "Reset your Stepwise password", { after: requestedAt });
    const link = linkFrom(message, "/auth/reset?token=");
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill(resetPassword);
    await page.getByLabel("Confirm new password").fill(resetPassword);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=reset$/);
    await waitForEmail(email, "Your Stepwise password was changed", { after: requestedAt });

    await expectSignInRefused(page, email, firstPassword);
    await signIn(page, { email, password: resetPassword });

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  });

  await test.step("change the password in settings", async () => {
    await page.goto("/dashboard");
    const userMenu = page.locator("details", { has: page.locator("summary", { hasText: name }) });
    await userMenu.locator("summary").click();
    await userMenu.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);

    const current = page.getByLabel("Current password");
    await current.fill(firstPassword);
    await page.getByLabel("New password", { exact: true }).fill(changedPassword);
    await page.getByLabel("Confirm new password").fill(changedPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(current).toHaveAccessibleDescription("Your current password is not correct.");
    await expect(current).toHaveAttribute("aria-invalid", "true");

    await current.fill(resetPassword);
    await page.getByLabel("New password", { exact: true }).fill(changedPassword);
    await page.getByLabel("Confirm new password").fill(changedPassword);
    const changedAt = new Date();
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/settings\?notice=password-changed$/);
    await expect(page.getByText("Password changed."), "the confirmation stays on /settings").toBeVisible();
    await waitForEmail(email, "Your Stepwise password was changed", { after: changedAt });
    // This device stays signed in.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);

    await signOut(page, { name });
    await expectSignInRefused(page, email, resetPassword);
    await signIn(page, { email, password: changedPassword });
  });

  await test.step("delete the account", async () => {
    await page.goto("/settings");
    const confirmation = page.getByLabel("Type your email address to confirm");
    await confirmation.fill(`someone-else-${email}`);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(confirmation).toHaveAccessibleDescription(/Type your account's email address exactly to confirm/);
    await expect(page).toHaveURL(/\/settings$/);

    await confirmation.fill(email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/\?notice=account-deleted$/);
    await expect(page.getByText("Your account and all its data have been deleted.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();

    await expectSignInRefused(page, email, changedPassword);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test("no account enumeration: unknown and known addresses get the same answers", async ({ page }) => {
  test.setTimeout(90_000);
  const owner = { name: "Grace Hopper", email: uniqueEmail("known"), password: strongPassword() };
  const stranger = uniqueEmail("unknown");
  await signUpAndVerify(page, owner);

  /** Submits `address` on an email-only form; returns the URL and text of the page shown. */
  async function requestFor(path: string, button: string, address: string) {
    await page.goto(path);
    await page.getByLabel("Email").fill(address);
    await page.getByRole("button", { name: button }).click();
    await expect(page).toHaveURL(/\/check-email\?/);
    return { url: page.url(), text: await mainText(page) };
  }

  await test.step("forgot password", async () => {
    const unknown = await requestFor("/forgot-password", "Send reset link", stranger);
    const known = await requestFor("/forgot-password", "Send reset link", owner.email);
    expect(unknown).toEqual(known);
    expect(known.url).toMatch(/\/check-email\?for=reset$/);
    await waitForEmail(owner.email, "Reset your Stepwise password");
  });

  await test.step("magic link", async () => {
    const unknown = await requestFor("/sign-in/link", "Email me a link", stranger);
    const known = await requestFor("/sign-in/link", "Email me a link", owner.email);
    expect(unknown).toEqual(known);
    expect(known.url).toMatch(/\/check-email\?for=magic-link$/);
    await waitForEmail(owner.email, "Your Stepwise sign-in link");
  });

  // Both requests for the stranger came first; the owner's emails have arrived since.
  expect(await listEmails(stranger)).toEqual([]);

  await test.step("sign-up with an address that has an account", async () => {
    const attemptedAt = new Date();
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(strongPassword());
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/check-email\?for=sign-up$/);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

    const notice = await waitForEmail(owner.email, "Someone tried to sign up with your email", { after: attemptedAt });
    expect(notice.text).toContain(`Hi ${owner.name},`);
    expect((await listEmails(owner.email)).filter((message) => message.subject.includes("Confirm your email"))).toHaveLength(1);

    // The account is untouched: same password, same name.
    await signIn(page, owner);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${owner.name}`);
  });
});

test("changing the password ends the other sessions", async ({ page, browser, login }) => {
  test.setTimeout(90_000);
  const user = await login({ name: "Katherine Johnson", prefix: "sessions" });
  const newPassword = strongPassword();

  const otherContext = await browser.newContext();
  try {
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, user);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);

    await page.goto("/settings");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    const changedAt = new Date();
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed."), "the confirmation stays on /settings").toBeVisible();
    // The notification is sent once the change is stored.
    await waitForEmail(user.email, "Your Stepwise password was changed", { after: changedAt });

    await otherPage.goto("/dashboard");
    await expect(otherPage).toHaveURL(/\/sign-in$/);

    // The device that made the change is still signed in.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  } finally {
    await otherContext.close();
  }
});

test("pages behind sign-in send visitors to sign in, and back to the page they asked for", async ({ page }) => {
  // The dashboard is where sign-in leads anyway; any other page comes back after sign-in (issue 15).
  for (const [path, signInUrl] of [
    ["/dashboard", /\/sign-in$/],
    ["/settings", /\/sign-in\?next=%2Fsettings$/],
  ] as const) {
    await page.goto(path);
    await expect(page, `visiting ${path} signed out`).toHaveURL(signInUrl);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
});

test("a server action refuses a request without a session", async ({ page, context, login }) => {
  test.setTimeout(90_000);
  const user = await login({ name: "Mary Jackson", prefix: "action" });
  await page.goto("/settings");
  await expect(page.getByLabel("Name")).toHaveValue(user.name);

  await context.clearCookies();
  await page.getByLabel("Name").fill("Renamed Without Session");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);

  await signIn(page, user);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  await page.goto("/settings");
  await expect(page.getByLabel("Name")).toHaveValue(user.name);
});
