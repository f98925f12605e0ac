// People for the browser tests: every test creates its own user with a unique address, so
// specs run in parallel on one database without seeing each other.
import { randomBytes, randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { linkFrom, waitForEmail } from "./mailbox";

export type TestUser = { name: string; email: string; password: string };

/** e.g. "journey-1767000000000-3f9a1c@example.com": unique per test, and per retry of one. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${randomBytes(3).toString("hex")}@example.com`.toLowerCase();
}

/** A password the app's policy accepts (long, not in the common-password list). */
export function strongPassword(): string {
  return `Quiet harbour ${randomBytes(4).toString("hex")} lanterns`;
}

/**
 * A made-up client address for one test, sent as X-Forwarded-For (which the app reads as the
 * client IP, as it would behind a proxy). The app limits sign-ups (10 an hour) and emails per
 * IP; without this every test of a run would share the one budget of 127.0.0.1.
 */
export function distinctClientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/**
 * Creates an account through the UI and confirms its email with the link that was sent
 * (`origin`: the server a spec's own instance sends links for). Ends on the sign-in page, signed out.
 */
export async function signUpAndVerify(page: Page, user: TestUser, origin?: string): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/check-email\?for=sign-up$/);

  const email = await waitForEmail(user.email, "Confirm your email for Stepwise");
  await page.goto(linkFrom(email, "/auth/verify?token=", origin));
  await page.getByRole("button", { name: "Confirm email" }).click();
  // Confirming signs in (issue 15); callers sign in themselves, so leave signed out.
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.context().clearCookies();
  await page.goto("/sign-in");
}

/** Signs in with email and password and waits for the dashboard (`origin`: another server than the suite's). */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">, origin = ""): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Signs out from the user menu in the header. */
export async function signOut(page: Page, user: Pick<TestUser, "name">): Promise<void> {
  await page.locator("summary", { hasText: user.name }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out$/);
}
