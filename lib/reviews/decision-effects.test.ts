import { describe, expect, it } from "vitest";
import { allowedDecisions, applyDecision, describeDecision, undoDecision, type GoalState, type StoredDecision } from "./decision-effects";

const goal: GoalState = { status: "ACTIVE", deadline: "2027-06-30", targetValue: 100 };
const stored = (decision: StoredDecision["decision"], extra: Partial<StoredDecision> = {}): StoredDecision => ({
  decision,
  newDeadline: null,
  newTargetValue: null,
  previousDeadline: "2027-06-30",
  previousTargetValue: 100,
  ...extra,
});

describe("decision effects", () => {
  it("applies each decision to an active goal", () => {
    expect(applyDecision(goal, { decision: "KEEP", newDeadline: null, newTargetValue: null })).toEqual(goal);
    expect(applyDecision(goal, { decision: "ADJUST", newDeadline: "2027-12-31", newTargetValue: null })).toEqual({ ...goal, deadline: "2027-12-31" });
    expect(applyDecision(goal, { decision: "ADJUST", newDeadline: null, newTargetValue: 80 })).toEqual({ ...goal, targetValue: 80 });
    expect(applyDecision(goal, { decision: "DROP", newDeadline: null, newTargetValue: null }).status).toBe("DROPPED");
    expect(applyDecision(goal, { decision: "ACHIEVED", newDeadline: null, newTargetValue: null }).status).toBe("ACHIEVED");
  });

  it("undoes an earlier decision of the session before applying the new one", () => {
    const adjusted = { ...goal, deadline: "2027-12-31", targetValue: 80 };
    expect(undoDecision(adjusted, stored("ADJUST", { newDeadline: "2027-12-31", newTargetValue: 80 }))).toEqual(goal);
    expect(undoDecision({ ...goal, status: "DROPPED" }, stored("DROP"))).toEqual(goal);
    expect(undoDecision({ ...goal, status: "ACHIEVED" }, stored("ACHIEVED"))).toEqual(goal);
    expect(undoDecision(goal, stored("KEEP"))).toEqual(goal);
    expect(undoDecision(goal, null)).toEqual(goal);
  });

  it("leaves changes the owner made themselves after the decision", () => {
    // The owner moved the deadline again on the goal page: that stands.
    expect(undoDecision({ ...goal, deadline: "2028-01-31" }, stored("ADJUST", { newDeadline: "2027-12-31" })).deadline).toBe("2028-01-31");
    // The owner reactivated a dropped goal: nothing to undo.
    expect(undoDecision(goal, stored("DROP"))).toEqual(goal);
  });

  it("lets an achieved or dropped goal only be kept", () => {
    expect(allowedDecisions(goal)).toEqual(["KEEP", "ADJUST", "DROP", "ACHIEVED"]);
    expect(allowedDecisions({ ...goal, status: "ACHIEVED" })).toEqual(["KEEP"]);
    expect(allowedDecisions({ ...goal, status: "DROPPED" })).toEqual(["KEEP"]);
  });

  it("describes decisions for people", () => {
    const date = (value: string) => `<${value}>`;
    const number = (value: number) => `#${value}`;
    expect(describeDecision(stored("ADJUST", { newDeadline: "2027-12-31", newTargetValue: 80 }), date, number)).toBe("adjusted: deadline <2027-06-30> → <2027-12-31>, target #100 → #80");
    expect(describeDecision(stored("DROP"), date, number)).toBe("dropped");
  });
});
