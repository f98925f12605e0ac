// The one accessibility check every spec runs: axe's WCAG 2.1 A/AA rules on the page as it is.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One entry a failing element: impact, rule, what it asks (and where it is explained), where, and how to fix it. */
function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) => violation.nodes.map((node) => `[${violation.impact ?? "unknown"}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` + `    at ${node.target.join(" ")}\n    ${node.failureSummary?.replaceAll("\n", "\n    ") ?? ""}`));
}

/**
 * Fails the test on any WCAG 2.1 A/AA violation on `page` (`what` names it in the message).
 * Waits for a title first: a page still streaming in has none, and axe would judge half of it.
 * `soft`: record the failure and go on, for specs that sweep many pages.
 */
export async function expectNoViolations(page: Page, what: string, options: { soft?: boolean } = {}): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const check = options.soft ? expect.soft : expect;
  check(describeViolations(results.violations), `axe WCAG 2.1 AA violations on ${what}`).toEqual([]);
}
