// Sign in with OpenID Connect (issue 19, item 1) through a real OpenID provider (oidc-provider,
// e2e/support/oidc-provider.ts) and the production build: a new person gets an account; an
// existing account is linked only after its owner confirms (password, or an emailed link);
// an unverified email, a tampered state and a wrong nonce are refused with a clear message and
// create nothing; an operator can turn password sign-in off. axe checks every page this adds.
// Its own instances and database (extraPort(100), extraPort(101)): they need the OIDC_* settings.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { expectNoViolations } from "./support/axe";
import { createScratchDatabase, extraPort, startInstance, type Instance, type ScratchDatabase } from "./support/instances";
import { linkFrom, waitForEmail } from "./support/mailbox";
import { startOidcProvider, type TestOidcProvider } from "./support/oidc-provider";
import { distinctClientAddress, strongPassword, uniqueEmail } from "./support/users";

// The provider's port: this spec's share of the suite's ports (5150–5159 with E2E_APP_PORT=5100).
const PROVIDER_PORT = Number(process.env.E2E_APP_PORT ?? 3100) + 50;
const PROVIDER_NAME = "Work SSO";

let database: ScratchDatabase | undefined;
let provider: TestOidcProvider | undefined;
let app: Instance | undefined;
let passwordOff: Instance | undefined;
let origins: { app: string; passwordOff: string } | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createScratchDatabase("oidc");
  // The browser uses localhost: Next's request URLs say "localhost" for 127.0.0.1, and the
  // redirect URI of the authorization and the token request (APP_URL's) must be the same.
  const [appUrl, passwordOffUrl] = [extraPort(100), extraPort(101)].map((port) => `http://localhost:${port}`) as [string, string];
  provider = await startOidcProvider(PROVIDER_PORT, [appUrl, passwordOffUrl]);
  const env = { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_DISPLAY_NAME: PROVIDER_NAME };
  const smtpUrl = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`;
  app = await startInstance({ port: extraPort(100), appUrl, databaseUrl: database.url, smtpUrl, env });
  passwordOff = await startInstance({ port: extraPort(101), appUrl: passwordOffUrl, databaseUrl: database.url, smtpUrl, env: { ...env, PASSWORD_SIGN_IN: "off" } });
  origins = { app: appUrl, passwordOff: passwordOffUrl };
});

// A refused provider sign-in is explained in the servers' log: keep it with a failed test.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [name, instance] of [
    ["app", app],
    ["password-off", passwordOff],
  ] as const)
    if (instance) await testInfo.attach(`${name} output`, { body: instance.output().slice(-20_000), contentType: "text/plain" });
  if (process.env.CI !== "true") console.log(app?.output().slice(-4000));
});

test.afterAll(async () => {
  await app?.stop();
  await passwordOff?.stop();
  await provider?.stop();
  await database?.drop();
});

function the<T>(value: T | undefined, what: string): T {
  if (!value) throw new Error(`${what} starts in beforeAll`);
  return value;
}

// A zone far from the servers' UTC, so an account that starts in the browser's zone shows it.
test.use({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() }, timezoneId: "Asia/Tokyo" });

/** A person the provider knows; `login` is what they type on its login page. */
function providerPerson(options: { email?: string; verified?: boolean; name?: string } = {}) {
  const login = `person-${randomBytes(4).toString("hex")}`;
  const person = { email: options.email ?? uniqueEmail("oidc"), email_verified: options.verified ?? true, name: options.name ?? "Nia Okafor" };
  the(provider, "The provider").people.set(login, person);
  return { login, ...person };
}

async function passwordAccount(name: string) {
  const email = uniqueEmail("linked");
  const password = strongPassword();
  const [row] = await the(database, "The database").query<{ id: string }>(`INSERT INTO "User" ("email", "name", "passwordHash", "emailVerifiedAt", "timeZone") VALUES ($1, $2, $3, now(), 'UTC') RETURNING "id"`, [email, name, await hashPassword(password)]);
  return { id: (row as { id: string }).id, email, password, name };
}

/** From the app's sign-in page through the provider's login (and consent, the first time) back to the app. */
async function continueWithProvider(page: Page, origin: string, login: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole("button", { name: `Continue with ${PROVIDER_NAME}` }).click();
  await page.waitForURL((url) => url.origin !== origin || !url.pathname.startsWith("/sign-in") || url.searchParams.has("error") || url.pathname.startsWith("/sign-in/link-account"));
  if (new URL(page.url()).origin === the(provider, "The provider").issuer) {
    const loginField = page.locator('input[name="login"]');
    if (await loginField.isVisible()) {
      await loginField.fill(login);
      await page.locator('input[name="password"]').fill("any password");
      await page.getByRole("button", { name: "Sign-in" }).click();
    }
    const consent = page.getByRole("button", { name: "Continue" });
    await page.waitForURL((url) => url.origin === origin || url.pathname.startsWith("/interaction/"));
    if (new URL(page.url()).origin !== origin && (await consent.isVisible())) await consent.click();
    await page.waitForURL((url) => url.origin === origin);
  }
}

async function usersWithEmail(email: string): Promise<number> {
  const [row] = await the(database, "The database").query<{ count: string }>(`SELECT count(*) FROM "User" WHERE "email" = $1`, [email]);
  return Number(row?.count);
}

test("a new person signs in through the provider and gets a verified account", async ({ page }) => {
  const origin = the(origins, "The app").app;
  const person = providerPerson({ name: "Nia Okafor" });
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByRole("button", { name: "Continue with Work SSO" })).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expectNoViolations(page, "the sign-in page with a provider");

  await continueWithProvider(page, origin, person.login);
  await expect(page).toHaveURL(`${origin}/dashboard`);
  await expect(page.locator("summary", { hasText: "Nia Okafor" })).toBeVisible();
  const [user] = await the(database, "The database").query<{ verified: boolean; password: boolean; identities: string; timeZone: string }>(
    `SELECT "emailVerifiedAt" IS NOT NULL AS verified, "passwordHash" IS NOT NULL AS password, (SELECT count(*) FROM "OidcIdentity" i WHERE i."userId" = u.id) AS identities, "timeZone" FROM "User" u WHERE "email" = $1`,
    [person.email],
  );
  // The account starts in the browser's zone, as one made with the sign-up form would.
  expect(user).toEqual({ verified: true, password: false, identities: "1", timeZone: "Asia/Tokyo" });
});

test("an existing account is linked only after its owner confirms with the password; then sign-in goes straight in, and settings can unlink", async ({ page }) => {
  const origin = the(origins, "The app").app;
  const account = await passwordAccount("Grace Linked");
  const person = providerPerson({ email: account.email, name: "Grace at Work" });

  await continueWithProvider(page, origin, person.login);
  await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in/link-account\\?token=`));
  await expect(page.getByRole("heading", { level: 1, name: "Link your Work SSO sign-in to your Stepwise account" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await expectNoViolations(page, "the link confirmation page");
  // Not signed in, and nothing linked yet.
  expect(await page.request.get(`${origin}/api/auth/session`).then((response) => response.json())).toBeNull();

  await page.getByLabel("Your Stepwise password").fill("not my password at all");
  await page.getByRole("button", { name: "Link and sign in" }).click();
  await expect(page.getByText("That password is not right. Try again, or confirm with an emailed link.")).toBeVisible();
  const [before] = await the(database, "The database").query<{ count: string }>(`SELECT count(*) FROM "OidcIdentity" WHERE "userId" = $1`, [account.id]);
  expect(before?.count).toBe("0");

  await page.getByLabel("Your Stepwise password").fill(account.password);
  await page.getByRole("button", { name: "Link and sign in" }).click();
  await expect(page).toHaveURL(`${origin}/dashboard`);
  await expect(page.locator("summary", { hasText: "Grace Linked" })).toBeVisible();

  // Next time: straight in.
  await page.context().clearCookies();
  await continueWithProvider(page, origin, person.login);
  await expect(page).toHaveURL(`${origin}/dashboard`);

  await page.goto(`${origin}/settings`);
  const methods = page.locator("section", { has: page.getByRole("heading", { name: "Sign-in methods" }) });
  const linked = methods.getByRole("listitem");
  await expect(linked).toContainText("Work SSO");
  await expect(linked).toContainText(account.email);
  await expect(linked).toContainText(/Linked \d{1,2} \w{3} \d{4}/);
  await expect(methods.getByText(`You can always sign in with your password or a link emailed to ${account.email}`)).toBeVisible();
  await expectNoViolations(page, "settings with a linked sign-in");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  await methods.getByRole("button", { name: `Unlink Work SSO (${account.email})` }).click();
  await expect(methods.getByText("No Work SSO sign-in is linked.")).toBeVisible();

  // Unlinked: the provider's sign-in asks for confirmation again.
  await page.context().clearCookies();
  await continueWithProvider(page, origin, person.login);
  await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in/link-account\\?token=`));
});

test("an existing account can confirm the link from an emailed link instead", async ({ page }) => {
  const origin = the(origins, "The app").app;
  const account = await passwordAccount("Ada Emailed");
  const person = providerPerson({ email: account.email });
  await continueWithProvider(page, origin, person.login);
  await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in/link-account\\?token=`));
  const asked = new Date();
  await page.getByRole("button", { name: "Email me a link to confirm" }).click();
  await expect(page).toHaveURL(`${origin}/check-email?for=oidc-link`);

  const email = await waitForEmail(account.email, "Link your Work SSO sign-in to Stepwise", { after: asked });
  await page.goto(linkFrom(email, "/sign-in/link-account/email?token=", origin));
  await expect(page.getByRole("heading", { level: 1, name: "Link your Work SSO sign-in" })).toBeVisible();
  await expectNoViolations(page, "the emailed link confirmation page");
  await page.getByRole("button", { name: "Link Work SSO and sign in" }).click();
  await expect(page).toHaveURL(`${origin}/dashboard`);
  const [row] = await the(database, "The database").query<{ count: string }>(`SELECT count(*) FROM "OidcIdentity" WHERE "userId" = $1`, [account.id]);
  expect(row?.count).toBe("1");
});

test("a provider that does not vouch for the email is refused, and no account is made", async ({ page }) => {
  const origin = the(origins, "The app").app;
  const person = providerPerson({ verified: false });
  await continueWithProvider(page, origin, person.login);
  await expect(page).toHaveURL(`${origin}/sign-in?error=oidc-unverified-email`);
  await expect(page.getByRole("alert").filter({ hasText: PROVIDER_NAME })).toHaveText("Work SSO did not confirm an email address for you, so we cannot sign you in with it. Confirm your email address with Work SSO, or sign in another way.");
  await expectNoViolations(page, "the sign-in page refusing an unverified email");
  expect(await usersWithEmail(person.email)).toBe(0);
});

/** Changes one parameter of the authorization request on its way to the provider, which then sends it back (state) or signs it into the ID token (nonce). Returns how many requests it changed. */
async function tamperWithAuthorization(page: Page, parameter: "state" | "nonce"): Promise<() => number> {
  let changed = 0;
  await page.route(`${the(provider, "The provider").issuer}/auth?**`, async (route) => {
    const url = new URL(route.request().url());
    if (!url.searchParams.has(parameter)) throw new Error(`the authorization request has no ${parameter}`);
    url.searchParams.set(parameter, randomBytes(16).toString("base64url"));
    changed += 1;
    await route.continue({ url: url.toString() });
  });
  return () => changed;
}

// (Playwright cannot route the provider's redirect back to the app, which a browser follows
// inside one navigation, so the tampering happens on the way out.)
for (const { parameter, name, reason } of [
  { parameter: "state", name: "a tampered state is refused", reason: 'unexpected "state" response parameter value' },
  { parameter: "nonce", name: "an ID token with another nonce is refused", reason: 'unexpected ID Token "nonce" claim value' },
] as const) {
  test(name, async ({ page }) => {
    const origin = the(origins, "The app").app;
    const person = providerPerson();
    const changed = await tamperWithAuthorization(page, parameter);
    const logFrom = the(app, "The app").output().length;
    await continueWithProvider(page, origin, person.login);
    expect(changed()).toBe(1);
    await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in\\?error=`));
    await expect(page.getByRole("alert").filter({ hasText: PROVIDER_NAME })).toHaveText("Signing in with Work SSO did not work. Please try again; if it keeps failing, sign in another way.");
    // Refused for this reason, not another: the check that failed is in the server's log.
    expect(the(app, "The app").output().slice(logFrom)).toContain(reason);
    await expectNoViolations(page, `the sign-in page after a failed provider sign-in (${parameter})`);
    expect(await usersWithEmail(person.email)).toBe(0);
    expect(await page.request.get(`${origin}/api/auth/session`).then((response) => response.json())).toBeNull();
  });
}

test("with password sign-in turned off there is no password form, and a password POST is refused", async ({ page }) => {
  const origin = the(origins, "The instance").passwordOff;
  const account = await passwordAccount("Pat Password");
  await page.goto(`${origin}/sign-in`);
  await expect(page.getByRole("button", { name: "Continue with Work SSO" })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Forgot your password?" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Email me a sign-in link instead" })).toBeVisible();
  await expectNoViolations(page, "the sign-in page without passwords");
  await page.goto(`${origin}/forgot-password`);
  await expect(page).toHaveURL(`${origin}/sign-in/link`);
  await page.goto(`${origin}/sign-up`);
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Continue with Work SSO" })).toBeVisible();

  // next-auth's own endpoint, as a script would call it, with the right password.
  const { csrfToken } = (await (await page.request.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${origin}/api/auth/callback/password`, { form: { csrfToken, email: account.email, password: account.password }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toContain("/sign-in?error=CredentialsSignin");
  expect(await page.request.get(`${origin}/api/auth/session`).then((answer) => answer.json())).toBeNull();
});
