// The columns of a waiting time proposal, cleared together once it is confirmed or superseded
// (a reschedule moves the session itself, so a proposal made against the old time is void).
export const NO_PROPOSAL = { proposedStartsAt: null, proposedTimeZone: null, proposedDurationMinutes: null, proposedById: null, proposedAt: null } as const;
