// How long each of a goal's texts may be. Zod-free, so the form's counters can import it
// without bringing zod into the browser (its eval probe is refused by the CSP).
export const GOAL_TEXT_LIMITS = { title: 160, specific: 2000, measure: 300, measureUnit: 40, attainable: 2000, relevant: 2000, reward: 300 } as const;
