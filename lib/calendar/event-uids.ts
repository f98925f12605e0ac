// Stable iCalendar UIDs: the same goal, step or review session is the same event in every feed,
// download and invitation, so calendar apps update it instead of adding a copy. Kept apart from
// the feed queries (server-only) so the scheduler CLI can import them.
export const goalUid = (goalId: string) => `goal-${goalId}@stepwise`;
export const stepUid = (stepId: string) => `step-${stepId}@stepwise`;
export const reviewUid = (sessionId: string) => `review-${sessionId}@stepwise`;
