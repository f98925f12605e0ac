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
