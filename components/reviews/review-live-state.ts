// Merging what the page knows about a live review: a poll answer may arrive after the answer
// to one's own save, so for every decision (and the notes) the higher version wins.
import type { ReviewState } from "@/lib/reviews/review-state";

export function mergeReviewState(current: ReviewState, incoming: ReviewState): ReviewState {
  const decisions = new Map(current.decisions.map((decision) => [decision.goalId, decision]));
  const goals = new Map(current.goals.map((goal) => [goal.id, goal]));
  for (const decision of incoming.decisions) {
    const known = decisions.get(decision.goalId);
    if (!known || decision.version >= known.version) {
      decisions.set(decision.goalId, decision);
      const goal = incoming.goals.find((candidate) => candidate.id === decision.goalId);
      if (goal) goals.set(goal.id, goal);
    }
  }
  const newerNotes = incoming.notesVersion >= current.notesVersion;
  return {
    ...incoming,
    notes: newerNotes ? incoming.notes : current.notes,
    notesVersion: newerNotes ? incoming.notesVersion : current.notesVersion,
    decisions: [...decisions.values()],
    goals: [...goals.values()],
  };
}
