// Names and paths of the achievement news, apart from achievement-news.ts so the email
// registry can import them without importing the sending code (which imports the registry).
export const BUDDY_ACHIEVEMENT_KIND = "buddy-achievement";
export const CELEBRATION_INVITE_KIND = "celebration-invite";

/** Where a buddy reads the news: their buddy page, scrolled to the achievement. */
export const achievementPathForBuddy = (pairingId: string, goalId: string) => `/buddies/${pairingId}#achievement-${goalId}`;
/** Where the owner reads a congratulation: the achievements page, scrolled to it. */
export const congratulationPath = (congratulationId: string) => `/achievements#congratulation-${congratulationId}`;
