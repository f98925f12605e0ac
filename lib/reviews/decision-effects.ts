// What a review decision does to its goal, as pure functions over the few fields it touches.
// A decision is applied when it is saved, and a decision can be changed until the session is
// closed, so changing it must first undo the old one and then apply the new one:
//   - KEEP changes nothing;
//   - ADJUST sets a new deadline and/or target (the old values are kept on the decision);
//   - DROP and ACHIEVED set the status.
// Undoing only reverts what still carries the decision's mark: if the owner has since edited
// the deadline or reactivated the goal themselves, their change stands.
// Only a goal that was ACTIVE before the decision can be adjusted, dropped or achieved; one
// already achieved or dropped (it is on the agenda to look back on) can only be kept as it is.
import type { DecisionKind } from "./schemas";

export type GoalStatus = "ACTIVE" | "ACHIEVED" | "DROPPED";
export type GoalState = { status: GoalStatus; deadline: string; targetValue: number | null };
export type StoredDecision = {
  decision: DecisionKind;
  newDeadline: string | null;
  newTargetValue: number | null;
  previousDeadline: string | null;
  previousTargetValue: number | null;
};
export type DecisionChoice = { decision: DecisionKind; newDeadline: string | null; newTargetValue: number | null };

/** The goal as it was before `existing` changed it. */
export function undoDecision(goal: GoalState, existing: StoredDecision | null): GoalState {
  if (!existing) return goal;
  switch (existing.decision) {
    case "KEEP":
      return goal;
    case "ADJUST": {
      const deadline = existing.newDeadline !== null && existing.previousDeadline !== null && goal.deadline === existing.newDeadline ? existing.previousDeadline : goal.deadline;
      const targetValue = existing.newTargetValue !== null && goal.targetValue === existing.newTargetValue ? existing.previousTargetValue : goal.targetValue;
      return { ...goal, deadline, targetValue };
    }
    case "DROP":
      return goal.status === "DROPPED" ? { ...goal, status: "ACTIVE" } : goal;
    case "ACHIEVED":
      return goal.status === "ACHIEVED" ? { ...goal, status: "ACTIVE" } : goal;
  }
}

export function allowedDecisions(before: GoalState): DecisionKind[] {
  return before.status === "ACTIVE" ? ["KEEP", "ADJUST", "DROP", "ACHIEVED"] : ["KEEP"];
}

/** The goal after the decision, from its state before any decision of this session. */
export function applyDecision(before: GoalState, choice: DecisionChoice): GoalState {
  switch (choice.decision) {
    case "KEEP":
      return before;
    case "ADJUST":
      return { ...before, deadline: choice.newDeadline ?? before.deadline, targetValue: choice.newTargetValue ?? before.targetValue };
    case "DROP":
      return { ...before, status: "DROPPED" };
    case "ACHIEVED":
      return { ...before, status: "ACHIEVED" };
  }
}

/** Describes a decision in a few words: "deadline 30 Jun 2027 → 31 Dec 2027", "dropped". */
export function describeDecision(decision: StoredDecision, formatDate: (date: string) => string, formatNumber: (value: number) => string): string {
  switch (decision.decision) {
    case "KEEP":
      return "kept as it is";
    case "DROP":
      return "dropped";
    case "ACHIEVED":
      return "marked achieved";
    case "ADJUST": {
      const parts: string[] = [];
      if (decision.newDeadline !== null) parts.push(`deadline ${decision.previousDeadline ? `${formatDate(decision.previousDeadline)} → ` : ""}${formatDate(decision.newDeadline)}`);
      if (decision.newTargetValue !== null) parts.push(`target ${decision.previousTargetValue !== null ? `${formatNumber(decision.previousTargetValue)} → ` : ""}${formatNumber(decision.newTargetValue)}`);
      return `adjusted: ${parts.join(", ")}`;
    }
  }
}
