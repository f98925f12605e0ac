// The lengths a review session can be booked for, in minutes. Kept apart from schemas.ts so
// the booking form (a client component) can list them without bringing zod into the browser,
// where zod's eval probe is refused by the Content-Security-Policy (and it was a 108 kB chunk).
export const DURATION_OPTIONS = [30, 45, 60, 90, 120] as const;
