// The limits of a buddy circle and the rule options a pairing can choose from.
export const MAX_BUDDIES = 3;
export const INVITE_LIFETIME_DAYS = 7;
export const INVITES_PER_DAY = 10;

export const CHECK_IN_CADENCES = [
  { value: "WEEKLY", label: "Every week", days: 7 },
  { value: "BIWEEKLY", label: "Every two weeks", days: 14 },
  { value: "MONTHLY", label: "Every month", days: 30 },
] as const;

export type CheckInCadence = (typeof CHECK_IN_CADENCES)[number]["value"];

export function cadenceLabel(cadence: CheckInCadence): string {
  return CHECK_IN_CADENCES.find((option) => option.value === cadence)?.label ?? cadence;
}

/**
 * Comments (owner replies included) on one check-in. A thread is a short exchange about one
 * update; the cap keeps every page that shows threads bounded. Cheers are one per buddy, so a
 * thread never holds more than THREAD_MAX_ENTRIES entries.
 */
export const MAX_COMMENTS_PER_CHECK_IN = 50;
export const THREAD_MAX_ENTRIES = MAX_COMMENTS_PER_CHECK_IN + MAX_BUDDIES;
export const threadFullMessage = `This check-in already has ${MAX_COMMENTS_PER_CHECK_IN} comments. Carry on under a newer check-in.`;

/** Who a comment is from once its author deleted their account. */
export const FORMER_BUDDY = "A former buddy";
