// Two people becoming buddies through the UI, each in a browser context of their own (and
// their own time zone), for specs that need a pairing to start from.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { linkFrom, waitForEmail } from "./mailbox";
import { distinctClientAddress, signIn, signUpAndVerify, type TestUser } from "./users";

export type Client = { context: BrowserContext; page: Page };

/** A browser context that is a client of its own (the app limits sign-ups per IP), in a time zone. */
export async function newClient(browser: Browser, timezoneId?: string): Promise<Client> {
  // Contexts made by hand do not get the config's `use` options; pass the base URL on.
  const baseURL = test.info().project.use.baseURL;
  const context = await browser.newContext({ baseURL, timezoneId, extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  return { context, page: await context.newPage() };
}

/** Both sign up and sign in; the first invites the second, who accepts. Returns the pairing's path. */
export async function becomeBuddies(a: Client, inviter: TestUser, b: Client, invitee: TestUser): Promise<string> {
  await signUpAndVerify(a.page, inviter);
  await signIn(a.page, inviter);
  await signUpAndVerify(b.page, invitee);
  await signIn(b.page, invitee);
  await a.page.goto("/buddies");
  await a.page.getByLabel("Their email address").fill(invitee.email);
  await a.page.getByRole("button", { name: "Send invitation" }).click();
  await expect(a.page.getByText(`Invitation sent to ${invitee.email}.`)).toBeVisible();
  const invitation = await waitForEmail(invitee.email, `${inviter.name} invited you to be their Stepwise buddy`);
  await b.page.goto(linkFrom(invitation, "/invites/"));
  await b.page.getByRole("button", { name: "Accept" }).click();
  await expect(b.page).toHaveURL(/\/buddies\/[0-9a-f-]{36}\?welcome=1$/);
  return new URL(b.page.url()).pathname;
}

/** Shares exactly the goals with these titles with buddies, from the Buddies page. */
export async function shareGoals(page: Page, titles: string[]): Promise<void> {
  await page.goto("/buddies");
  const share = page.getByRole("region", { name: "What you share" });
  for (const title of titles) await share.getByRole("checkbox", { name: new RegExp(title) }).check();
  await share.getByRole("button", { name: "Save sharing" }).click();
  await expect(share.getByText(/^Saved\. Your buddies see/)).toBeVisible();
}
