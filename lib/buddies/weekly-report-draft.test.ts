import { describe, expect, it } from "vitest";
import { composeReportDraft, type DraftItem } from "./weekly-report-draft";
import { REPORT_PART_MAX } from "./weekly-report-kinds";

describe("composeReportDraft", () => {
  it("sorts the week into done, stuck and next", () => {
    const items: DraftItem[] = [
      { kind: "step-done", goal: "Run a 10k", title: "Run 5k twice" },
      { kind: "check-in", goal: "Run a 10k", count: 3 },
      { kind: "overdue", goal: "Learn Spanish", title: "Book a tutor", deadline: "2027-01-05" },
      { kind: "quiet", goal: "Learn Spanish" },
      { kind: "upcoming", goal: "Run a 10k", title: "Run 8k", deadline: "2027-01-20" },
      { kind: "upcoming", goal: "Learn Spanish", title: "Pick a course", deadline: null },
    ];
    expect(composeReportDraft(items)).toEqual({
      done: "• Finished “Run 5k twice” (Run a 10k)\n• Checked in on “Run a 10k” 3 times",
      stuck: "• “Book a tutor” (Learn Spanish) was due 2027-01-05\n• No movement on “Learn Spanish” this time",
      next: "• “Run 8k” (Run a 10k) by 2027-01-20\n• “Pick a course” (Learn Spanish)",
    });
  });

  it("says so when a part is empty", () => {
    expect(composeReportDraft([])).toEqual({ done: "Nothing finished this time.", stuck: "Nothing stuck.", next: "No steps planned yet." });
  });

  it("keeps a long week short and within what the form accepts, counting what it left out", () => {
    const items: DraftItem[] = Array.from({ length: 10 }, (_, index) => ({ kind: "step-done", goal: "G".repeat(300), title: `Step ${index} ${"s".repeat(300)}` }));
    const { done } = composeReportDraft(items);
    expect(done.length).toBeLessThanOrEqual(REPORT_PART_MAX);
    expect(done.split("\n").at(-1)).toMatch(/^• and \d+ more$/);
    expect(done.split("\n").filter((line) => line.startsWith("• Finished")).length).toBeGreaterThan(0);
  });
});
