// Which goals the overview pages (timeline, plan) read, and the columns each of them shows:
// written once so both pages count and show the same goals.
export const activeGoalsOf = (actor: { id: string }) => ({ ownerId: actor.id, status: "ACTIVE" as const });

export const GOAL_OUTLINE_SELECT = { id: true, title: true, horizonYears: true, deadline: true } as const;
