import { describe, expect, it } from "vitest";
import type { ReviewState } from "@/lib/reviews/review-state";
import { mergeReviewState } from "./review-live-state";

const decision = (goalId: string, version: number, note: string) => ({
  goalId,
  decision: "KEEP" as const,
  newDeadline: null,
  newTargetValue: null,
  previousDeadline: "2027-06-30",
  previousTargetValue: null,
  note,
  version,
  updatedBy: null,
  updatedAt: "2027-01-10T18:00:00.000Z",
});
const state = (overrides: Partial<ReviewState>): ReviewState => ({
  status: "SCHEDULED",
  sequence: 0,
  startsAt: "2027-01-10T18:00:00.000Z",
  notes: "",
  notesVersion: 0,
  completedByName: null,
  decisions: [],
  goals: [],
  ...overrides,
});

describe("mergeReviewState", () => {
  it("keeps the newer version of each decision and of the notes", () => {
    const mine = state({ notes: "mine", notesVersion: 3, decisions: [decision("a", 2, "saved just now"), decision("b", 1, "old")] });
    const polled = state({ notes: "older", notesVersion: 2, decisions: [decision("a", 1, "stale"), decision("b", 2, "buddy's"), decision("c", 1, "new")] });
    const merged = mergeReviewState(mine, polled);
    expect(merged.notes).toBe("mine");
    expect(Object.fromEntries(merged.decisions.map((entry) => [entry.goalId, entry.note]))).toEqual({ a: "saved just now", b: "buddy's", c: "new" });
  });

  it("takes the status from the poll", () => {
    expect(mergeReviewState(state({}), state({ status: "COMPLETED", completedByName: "Grace" }))).toMatchObject({ status: "COMPLETED", completedByName: "Grace" });
  });
});
