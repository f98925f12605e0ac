// Every kind of email, opened as a mail client that follows the reader's colour scheme would
// (Chromium applies the layout's prefers-color-scheme block, as Apple Mail does): axe finds no
// WCAG 2.1 AA violation (colour contrast included) in light or dark, and nothing is wider than
// a 320 px phone. Needs no app server: the HTML is rendered from the templates.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { SAMPLE_EMAILS } from "../test/fixtures/sample-emails";

for (const scheme of ["light", "dark"] as const) {
  test(`every email is accessible and fits a phone, ${scheme}`, async ({ browser }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const [kind, render] of Object.entries(SAMPLE_EMAILS)) {
      await page.setContent(render().html);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect
        .soft(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
          `axe on ${kind} (${scheme})`,
        )
        .toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${kind} overflows at 320 px (${scheme})`).toBeLessThanOrEqual(0);
      // The dark block really applies: the card turns dark.
      const card = await page.locator(".sw-card").evaluate((element) => getComputedStyle(element).backgroundColor);
      expect.soft(card, `${kind} card (${scheme})`).toBe(scheme === "dark" ? "rgb(21, 30, 27)" : "rgb(255, 255, 255)");
    }
    await context.close();
  });
}
