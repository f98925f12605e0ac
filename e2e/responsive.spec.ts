// Every main page, signed in (with data) and signed out, on a phone (390×844) and a laptop
// (1280×800), in the light and the dark colour scheme (issue 16). A page fails on horizontal
// overflow, a header taller than one row at 1280 px, a console error or a failed request (the
// favicon included), or an axe WCAG 2.1 AA violation. Also: nothing overflows at 320 px, and
// the phone menu works with the keyboard alone.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { createSampleGoals } from "./support/sample-goals";
import { distinctClientAddress } from "./support/users";
import { createUser, signInAs } from "./support/world";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const NARROW_PHONE = { width: 320, height: 640 };
const MAIN_NAV_COUNT = 7;
const SIGNED_OUT_PAGES = ["/", "/sign-in", "/sign-up", "/forgot-password", "/sign-in/link"];
const signedInPages = (goalId: string) => ["/dashboard", "/reflect", "/goals", "/goals/new", `/goals/${goalId}`, `/goals/${goalId}/edit`, "/timeline", "/buddies", "/achievements", "/interview-answers", "/notifications", "/settings"];

type Scheme = "light" | "dark";
type Viewport = { width: number; height: number };

/** One signed-in user with sample goals for the whole file: its cookies, and a goal's id. */
let signedIn: { storageState: Awaited<ReturnType<BrowserContext["storageState"]>>; goalId: string } | undefined;

async function signedInUser(browser: Browser) {
  if (signedIn) return signedIn;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  const page = await context.newPage();
  await signInAs(context, await createUser("responsive", { name: "Katherine Johnson" }));
  const goalId = await createSampleGoals(page);
  signedIn = { storageState: await context.storageState(), goalId };
  await context.close();
  return signedIn;
}

/** A page in a context of its own (its own client address), signed in as the file's user. */
async function signedInPage(browser: Browser, options: { viewport: Viewport; colorScheme?: "light" | "dark" }) {
  const user = await signedInUser(browser);
  const context = await browser.newContext({ ...options, storageState: user.storageState, extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  return { user, context, page: await context.newPage() };
}

/** Collects console errors and failed requests (4xx/5xx, the favicon included) while a page loads. */
function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    // A navigation away cancels what the last page still had in flight (prefetches): not an error.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  });
  return problems;
}

async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // Name the widest culprit, so a failure says what to fix.
    const culprit = [...document.querySelectorAll("body *")].find((element) => element.getBoundingClientRect().right > root.clientWidth + 1);
    return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}; first element past the edge: ${culprit ? `<${culprit.tagName.toLowerCase()} class="${culprit.getAttribute("class") ?? ""}">` : "?"}`;
  });
}

/**
 * How far apart (px) the vertical centres of the header's visible links, buttons and menus are:
 * a few pixels in one row, a row's height or more once anything wraps. Null without a header.
 */
async function headerRowSpread(page: Page): Promise<{ spread: number; centres: number[] } | null> {
  return page.evaluate(() => {
    const header = document.querySelector("header");
    if (!header) return null;
    const centres = [...header.querySelectorAll("a, button, summary")]
      // Not what is hidden: the closed phone menu, the inside of the closed account menu.
      .filter((element) => element.checkVisibility())
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => Math.round(box.top + box.height / 2));
    return { spread: Math.max(...centres) - Math.min(...centres), centres };
  });
}

async function checkPages(page: Page, paths: string[], viewport: Viewport, options: { axe: boolean; scheme?: Scheme }): Promise<void> {
  const problems = watchForErrors(page);
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("main")).toBeVisible();
    expect.soft(await horizontalOverflow(page), `horizontal overflow on ${path} at ${viewport.width}px`).toBeNull();
    if (viewport.width >= 1024) {
      const spread = await headerRowSpread(page);
      expect.soft(spread?.spread ?? 0, `the header on ${path} is more than one row (vertical centres of its controls: ${spread?.centres.join(", ")})`).toBeLessThanOrEqual(4);
    }
    if (options.scheme) {
      // The scheme really applies (a dark page is not a light page checked twice).
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = "rgb(14, 21, 19)"; // --color-stone-50 in the dark scheme (app/globals.css)
      if (options.scheme === "dark") expect.soft(background, `page background on ${path} in the dark scheme`).toBe(dark);
      else expect.soft(background, `page background on ${path} in the light scheme`).not.toBe(dark);
    }
    if (options.axe) await expectNoViolations(page, path, { soft: true });
    expect.soft(problems.splice(0), `console errors and failed requests on ${path}`).toEqual([]);
  }
}

for (const scheme of ["light", "dark"] as const satisfies Scheme[]) {
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["laptop", LAPTOP],
  ] as const) {
    test(`signed-out pages on a ${size} in the ${scheme} scheme`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, colorScheme: scheme, extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
      await checkPages(await context.newPage(), SIGNED_OUT_PAGES, viewport, { axe: true, scheme });
      await context.close();
    });

    test(`signed-in pages on a ${size} in the ${scheme} scheme`, async ({ browser }) => {
      test.setTimeout(180_000);
      const { user, context, page } = await signedInPage(browser, { viewport, colorScheme: scheme });
      await checkPages(page, signedInPages(user.goalId), viewport, { axe: true, scheme });
      await context.close();
    });
  }
}

test("nothing overflows at 320 px wide, signed in or out", async ({ browser }) => {
  test.setTimeout(120_000);
  const signedOut = await browser.newContext({ viewport: NARROW_PHONE, extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
  await checkPages(await signedOut.newPage(), SIGNED_OUT_PAGES, NARROW_PHONE, { axe: false });
  await signedOut.close();
  const { user, context, page } = await signedInPage(browser, { viewport: NARROW_PHONE });
  await checkPages(page, signedInPages(user.goalId), NARROW_PHONE, { axe: false });
  // The open menu fits too.
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Menu" }).click();
  expect(await horizontalOverflow(page)).toBeNull();
  await context.close();
});

test("the phone menu works with the keyboard: Tab to it, open, move through, Escape closes and focus returns", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, { viewport: PHONE });
  await page.goto("/dashboard");
  const menuButton = page.getByRole("button", { name: "Menu" });
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  // The desktop links are not shown on a phone; the tab bar's are, with the page marked.
  await expect(page.getByRole("navigation", { name: "Shortcuts" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");

  for (let presses = 0; presses < 10 && !(await menuButton.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(menuButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  const menu = page.getByRole("navigation", { name: "Main" });
  await expect(menu.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Dashboard" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Reflect" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  // Space opens it too, and following a link closes it on the new page.
  await page.keyboard.press(" ");
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Goals" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/goals$/);
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Shortcuts" }).getByRole("link", { name: "Goals" })).toHaveAttribute("aria-current", "page");
  await context.close();
});

test("at 1280 px the header is one row with the current page marked, notifications and the account menu", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, { viewport: LAPTOP });
  await page.goto("/timeline");
  const main = page.getByRole("navigation", { name: "Main" });
  await expect(main.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  await expect(main.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Shortcuts" })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Notifications/ })).toBeVisible();
  await expect(page.locator("summary", { hasText: "Katherine Johnson" })).toBeVisible();
  const row = await headerRowSpread(page);
  expect(row?.spread, `vertical centres of the header's controls: ${row?.centres.join(", ")}`).toBeLessThanOrEqual(4);
  expect(row?.centres.length).toBeGreaterThanOrEqual(MAIN_NAV_COUNT + 3);
  await page.getByRole("link", { name: /^Notifications/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await context.close();
});
