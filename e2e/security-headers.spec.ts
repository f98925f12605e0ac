// Security headers as a browser meets them: every main page, signed out and signed in, carries
// a Content-Security-Policy whose scripts need this response's nonce, frame-ancestors 'none'
// and a Permissions-Policy, and Chromium runs the pages (hydration, client navigation, server
// actions) without reporting a single CSP violation or console error. Then a production server
// whose APP_URL is https, reached over plain http as behind a TLS proxy that sends no
// X-Forwarded-Proto: its session cookie is `__Secure-` and Secure all the same, and it sends HSTS.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { expect, test } from "./support/fixtures";
import { becomeBuddies, newClient } from "./support/buddies";
import { createGoalWithForm } from "./support/goals";
import { createScratchDatabase, extraPort, startInstance, type Instance, type ScratchDatabase } from "./support/instances";
import { signIn, strongPassword, uniqueEmail } from "./support/users";
import { createUser } from "./support/world";

type Problem = { url: string; what: string };

/**
 * Records every CSP violation (the `securitypolicyviolation` event, listened to before any of
 * the page's own scripts run), console error and uncaught error in this context's pages.
 */
async function watchForProblems(context: BrowserContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  await context.exposeBinding("__reportCspViolation", ({ page }, violation: string) => {
    problems.push({ url: page.url(), what: `CSP violation: ${violation}` });
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation(violation: string): void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  context.on("console", (message) => {
    // The app has no favicon yet, and Chromium logs the 404 of the one it asks for unprompted.
    if (new URL(message.location().url || "about:blank").pathname === "/favicon.ico") return;
    if (message.type() === "error") problems.push({ url: message.page()?.url() ?? "", what: `console error: ${message.text()} (${message.location().url})` });
  });
  context.on("weberror", (error) => problems.push({ url: error.page()?.url() ?? "", what: `uncaught: ${error.error().message}` }));
  return problems;
}

/** The sources of each directive of a policy, by directive name. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** The nonce in a policy's script-src, after checking the policy allows no script without one. */
function expectStrictPolicy(headers: Record<string, string>, where: string): string {
  const policy = headers["content-security-policy"];
  expect(policy, `Content-Security-Policy on ${where}`).toBeDefined();
  const directives = directivesOf(policy as string);
  const scriptSources = directives.get("script-src") ?? [];
  expect(scriptSources, `script-src on ${where}`).toContain("'strict-dynamic'");
  expect(scriptSources, `script-src on ${where}`).not.toContain("'unsafe-inline'");
  expect(scriptSources, `script-src on ${where}`).not.toContain("'unsafe-eval'");
  expect(directives.get("frame-ancestors"), `frame-ancestors on ${where}`).toEqual(["'none'"]);
  expect(directives.get("object-src"), `object-src on ${where}`).toEqual(["'none'"]);
  expect(headers["permissions-policy"], `Permissions-Policy on ${where}`).toMatch(/(^|, )camera=\(\)(,|$)/);
  expect(headers["x-content-type-options"], `X-Content-Type-Options on ${where}`).toBe("nosniff");
  // The suite's server is on http: no HSTS there (the https server below sends it).
  expect(headers["strict-transport-security"], `Strict-Transport-Security on ${where}`).toBeUndefined();
  const nonce = scriptSources.map((source) => /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, `a nonce in script-src on ${where}`).toBeDefined();
  return nonce as string;
}

/**
 * Opens a page, checks its headers, waits until React has hydrated it (proof its scripts ran
 * under the policy) and that nothing was reported while it loaded.
 */
async function expectSecurePage(page: Page, problems: Problem[], path: string, { status = 200, allowedConsoleError }: { status?: number; allowedConsoleError?: RegExp } = {}): Promise<void> {
  const before = problems.length;
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
  expect(new URL(page.url()).pathname, `${path} was not redirected`).toBe(new URL(path, "http://x").pathname);
  expectStrictPolicy(await (response as NonNullable<typeof response>).allHeaders(), path);
  await expect.poll(() => page.evaluate(() => Object.keys(document).some((key) => key.startsWith("__reactContainer"))), { message: `React hydrated ${path}` }).toBe(true);
  const reported = problems.slice(before).filter((problem) => !(allowedConsoleError && allowedConsoleError.test(problem.what)));
  expect(reported, `problems on ${path}`).toEqual([]);
}

/** Every <script> tag in a page's HTML carries the nonce its header announces. */
async function expectScriptsCarryTheNonce(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const nonce = expectStrictPolicy(response.headers(), path);
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length, `scripts in ${path}`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, `a script in ${path}`).toContain(`nonce="${nonce}"`);
  return nonce;
}

const SIGNED_OUT_PAGES = ["/", "/sign-in", "/sign-up", "/forgot-password", "/sign-in/link", "/check-email?for=sign-up", "/auth/verify?token=not-a-real-token"];

test("signed-out pages: a strict CSP with a new nonce on every response, on every script, and nothing blocked or failing", async ({ page, context, request }) => {
  const problems = await watchForProblems(context);
  for (const path of SIGNED_OUT_PAGES) await expectSecurePage(page, problems, path);
  // The browser itself reports the 404 of the document; nothing else may appear.
  await expectSecurePage(page, problems, "/no-such-page", { status: 404, allowedConsoleError: /status of 404 \(Not Found\)/ });

  // Pages that were prerendered at build time before the CSP (no nonce could be in them).
  for (const path of ["/", "/forgot-password", "/sign-in/link"]) {
    const first = await expectScriptsCarryTheNonce(request, path);
    const second = await expectScriptsCarryTheNonce(request, path);
    expect(second, `the nonce of a second request to ${path}`).not.toBe(first);
  }
});

test("no browser bundle carries zod: its eval probe (new Function) is refused by script-src", async () => {
  // Found twice by the page checks below (a booking form and the email settings imported
  // constants from a module that also held a schema); this covers pages they do not open.
  const chunks = path.join(process.cwd(), ".next", "static", "chunks");
  const withZod = readdirSync(chunks).filter((file) => file.endsWith(".js") && readFileSync(path.join(chunks, file), "utf8").includes("$ZodObjectJIT"));
  expect(withZod, "client chunks with zod in them (import constants from a zod-free module)").toEqual([]);
});

test("signed-in pages: the same policy, and the app works under it (hydration, server actions, client navigation)", async ({ browser }) => {
  // Two people sign up (scrypt at full strength) and become buddies first.
  test.setTimeout(180_000);
  const owner = { name: "Katherine Johnson", email: uniqueEmail("csp-owner"), password: strongPassword() };
  const buddy = { name: "Mary Jackson", email: uniqueEmail("csp-buddy"), password: strongPassword() };
  const a = await newClient(browser);
  const b = await newClient(browser);
  // Watching from the first request: sign-up, sign-in, the invitation and the goal form run under it too.
  const problems = await watchForProblems(a.context);
  const buddyProblems = await watchForProblems(b.context);
  const pairingPath = await becomeBuddies(a, owner, b, buddy);
  const goalId = await createGoalWithForm(a.page, { title: "Lead the flight research team", area: "Power and responsibility", deadline: "2030-06-30" });
  expect(problems, "problems while signing up, signing in, inviting and creating a goal").toEqual([]);
  expect(buddyProblems, "problems on the buddy's side").toEqual([]);

  const pages = ["/dashboard", "/goals", "/goals/new", "/goals/new?mode=form", `/goals/${goalId}`, `/goals/${goalId}/edit`, "/reflect", "/timeline", "/buddies", pairingPath, "/settings", "/notifications", "/achievements", "/interview-answers"];
  for (const path of pages) await expectSecurePage(a.page, problems, path);

  await test.step("a review session page (it polls its live state with fetch: connect-src)", async () => {
    await a.page.goto(pairingPath);
    await a.page.getByRole("region", { name: "Review sessions" }).getByRole("button", { name: "Schedule the suggested slot" }).click();
    await expect(a.page.getByText(`Review scheduled. You and ${buddy.name} both get an invitation by email.`)).toBeVisible();
    const sessionPath = await a.page.getByRole("link", { name: "Open session" }).getAttribute("href");
    expect(sessionPath).toMatch(/\/reviews\/[0-9a-f-]{36}$/);
    const polled = a.page.waitForResponse((response) => /^\/api\/reviews\/[0-9a-f-]{36}\/state$/.test(new URL(response.url()).pathname));
    await expectSecurePage(a.page, problems, sessionPath as string);
    expect((await polled).status()).toBe(200);
  });

  await test.step("a client-side navigation fetches the next page without reloading, and nothing is blocked", async () => {
    await a.page.goto("/dashboard");
    await a.page.evaluate(() => ((window as unknown as { stillTheSameDocument: boolean }).stillTheSameDocument = true));
    await a.page.getByRole("navigation").getByRole("link", { name: "Timeline" }).first().click();
    await expect(a.page).toHaveURL(/\/timeline$/);
    expect(await a.page.evaluate(() => (window as unknown as { stillTheSameDocument?: boolean }).stillTheSameDocument)).toBe(true);
  });
  expect(problems, "problems after every page and the navigation").toEqual([]);
  await a.context.close();
  await b.context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the forms still post under the policy: sign in lands on the dashboard", async ({ page }) => {
    test.setTimeout(90_000);
    // Signing up is tested elsewhere: the account exists; signing in is what runs here.
    const user = await createUser("csp-nojs", { name: "Annie Easley" });

    const response = await page.goto("/sign-in");
    expectStrictPolicy(await (response as NonNullable<typeof response>).allHeaders(), "/sign-in without JavaScript");
    await signIn(page, user);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  });
});

test.describe("a production server whose APP_URL is https, behind a TLS proxy that sends no X-Forwarded-Proto", () => {
  test.describe.configure({ mode: "serial" });
  const APP_URL = "https://stepwise.example.test";
  const user = { name: "Christine Darden", email: uniqueEmail("csp-https"), password: strongPassword() };
  let database: ScratchDatabase;
  let server: Instance;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    database = await createScratchDatabase("https");
    // Plain http on loopback, as a TLS-terminating proxy would forward it.
    server = await startInstance({ port: extraPort(30), databaseUrl: database.url, smtpUrl: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`, appUrl: APP_URL });
    await database.query(`INSERT INTO "User" ("email", "name", "passwordHash", "emailVerifiedAt") VALUES ($1, $2, $3, now())`, [user.email, user.name, await hashPassword(user.password)]);
  });

  test.afterAll(async () => {
    const exit = await server?.stop();
    await database?.drop();
    expect(exit?.code).toBe(0);
  });

  test("next-auth's sign-in endpoints set __Host- / __Secure- cookies marked Secure, and the app reads that session", async () => {
    const csrf = await fetch(`${server.url}/api/auth/csrf`);
    const csrfCookies = csrf.headers.getSetCookie();
    expect(csrfCookies.find((cookie) => cookie.startsWith("__Host-authjs.csrf-token="))).toMatch(/; Secure(;|$)/i);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };

    const signInResponse = await fetch(`${server.url}/api/auth/callback/password`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.map((cookie) => cookie.split(";")[0]).join("; ") },
      body: new URLSearchParams({ csrfToken, email: user.email, password: user.password }),
    });
    expect(signInResponse.status).toBe(302);
    const cookies = signInResponse.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith("__Secure-authjs.session-token="));
    expect(session, `Set-Cookie: ${cookies.join(" | ")}`).toMatch(/; Secure(;|$)/i);
    expect(session).toMatch(/; HttpOnly(;|$)/i);
    expect(
      cookies.filter((cookie) => cookie.startsWith("authjs.")),
      "no cookie without its prefix",
    ).toEqual([]);

    const token = (session as string).split(";")[0] as string;
    const dashboard = await fetch(`${server.url}/dashboard`, { headers: { cookie: token }, redirect: "manual" });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toMatch(new RegExp(`<h1[^>]*>Welcome, (<!-- -->)?${user.name}</h1>`));
    expect(dashboard.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    // The same token under the unprefixed name is not a session there (it could have been planted over http).
    const planted = await fetch(`${server.url}/dashboard`, { headers: { cookie: token.replace(/^__Secure-/, "") }, redirect: "manual" });
    expect(planted.status).toBe(307);
    expect(planted.headers.get("location")).toMatch(/\/sign-in$/);
  });

  test("the sign-in form (a server action calling next-auth) sets the same Secure cookie", async ({ page }) => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    const actionResponse = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const setCookie = (await (await actionResponse).headersArray()).filter(({ name }) => name.toLowerCase() === "set-cookie").map(({ value }) => value);
    const session = setCookie.find((cookie) => cookie.startsWith("__Secure-authjs.session-token="));
    expect(session, `Set-Cookie: ${setCookie.join(" | ")}`).toMatch(/; Secure(;|$)/i);
    expect(
      setCookie.filter((cookie) => cookie.startsWith("authjs.")),
      "no cookie without its prefix",
    ).toEqual([]);
  });
});
