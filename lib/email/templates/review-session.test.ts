import { describe, expect, it } from "vitest";
import { reviewInviteMessage } from "./review-session";

const base = { name: "Sam", otherName: "Sam", whenText: "Friday 4 December 2026, 10:00–10:30 (Europe/London)", url: "https://stepwise.test/review", update: false };

describe("reviewInviteMessage", () => {
  it("tells the person who scheduled the review that they did, even when their buddy has the same name", () => {
    const own = reviewInviteMessage({ ...base, scheduledBy: { name: "Sam", isRecipient: true } });
    expect(own.text).toContain("You scheduled your goal review with Sam for:");
    const theirs = reviewInviteMessage({ ...base, scheduledBy: { name: "Sam", isRecipient: false } });
    expect(theirs.text).toContain("Sam scheduled a goal review with you for:");
    expect(theirs.text).not.toContain("You scheduled");
  });

  it("says the review moved, and who moved it", () => {
    const moved = reviewInviteMessage({ ...base, otherName: "Ada", update: true, scheduledBy: { name: "Ada", isRecipient: false } });
    expect(moved.subject).toBe(`Updated: Goal review with Ada, ${base.whenText}`);
    expect(moved.text).toContain("Ada moved your goal review. The new time is:");
  });
});
