// Two people who are buddies, each in a browser context of their own (and their own time
// zone), for specs that need a pairing to start from. Becoming buddies through the invitation
// is what e2e/buddies.spec.ts tests.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { linkFrom, waitForEmail } from "./mailbox";
import { distinctClientAddress, signIn, signUpAndVerify, type TestUser } from "./users";
import { createPairing, createUser, signInAs, type WorldUser } from "./world";

export type Client = { context: BrowserContext; page: Page };

/** A browser context that is a client of its own (the app limits sign-ups per IP), in a time zone; `baseURL`: a spec's own instance. */
export async function newClient(browser: Browser, timezoneId?: string, baseURL = test.info().project.use.baseURL): Promise<Client> {
  // Contexts made by hand do not get the config's `use` options; pass the base URL on.
  const context = await browser.newContext({ baseURL, timezoneId, extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  return { context, page: await context.newPage() };
}

export type Buddy = Client & { user: WorldUser };
export type Buddies = { a: Buddy; b: Buddy; pairingPath: string };
type Person = { name: string; timeZone: string };

/**
 * Two people who are already buddies (the first invited the second), each signed in in a
 * browser context of their own and their own time zone, both on their dashboard.
 */
export async function newBuddies(browser: Browser, inviter: Person, invitee: Person): Promise<Buddies> {
  const [a, b] = await Promise.all(
    [inviter, invitee].map(async (person): Promise<Buddy> => {
      const client = await newClient(browser, person.timeZone);
      const user = await createUser(person.name.split(" ")[0]?.toLowerCase() ?? "buddy", person);
      await signInAs(client.context, user);
      await client.page.goto("/dashboard");
      return { ...client, user };
    }),
  );
  return { a: a as Buddy, b: b as Buddy, pairingPath: await createPairing((a as Buddy).user, (b as Buddy).user) };
}

/**
 * Both sign up and sign in; the first invites the second, who accepts. Returns the pairing's path.
 * For a spec that watches those forms at work (the security headers'); others start from newBuddies.
 * `origin`: the server a spec's own instance sends links for (the clients' base URL).
 */
export async function becomeBuddies(a: Client, inviter: TestUser, b: Client, invitee: TestUser, origin?: string): Promise<string> {
  await signUpAndVerify(a.page, inviter, origin);
  await signIn(a.page, inviter);
  await signUpAndVerify(b.page, invitee, origin);
  await signIn(b.page, invitee);
  await a.page.goto("/buddies");
  await a.page.getByLabel("Their email address").fill(invitee.email);
  await a.page.getByRole("button", { name: "Send invitation" }).click();
  await expect(a.page.getByText(`Invitation sent to ${invitee.email}.`)).toBeVisible();
  const invitation = await waitForEmail(invitee.email, `${inviter.name} invited you to be their Stepwise buddy`);
  await b.page.goto(linkFrom(invitation, "/invites/", origin));
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
