// What a personal access token may do. The names are the API's (and a future webhook's) words;
// the database keeps the matching ApiTokenScope enum. No zod and no server code here: the
// Settings → API form imports the labels into the browser.
export const API_SCOPES = ["read", "write:check-ins", "write:goals"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, { label: string; description: string }> = {
  read: { label: "Read", description: "List and read your goals, steps and upcoming deadlines." },
  "write:check-ins": { label: "Write check-ins", description: "Record check-ins on your goals." },
  "write:goals": { label: "Write goals", description: "Mark your steps done." },
};

type DbScope = "READ" | "WRITE_CHECK_INS" | "WRITE_GOALS";

const TO_DB: Record<ApiScope, DbScope> = { read: "READ", "write:check-ins": "WRITE_CHECK_INS", "write:goals": "WRITE_GOALS" };
const FROM_DB: Record<DbScope, ApiScope> = { READ: "read", WRITE_CHECK_INS: "write:check-ins", WRITE_GOALS: "write:goals" };

export const toDbScope = (scope: ApiScope): DbScope => TO_DB[scope];
export const fromDbScope = (scope: DbScope): ApiScope => FROM_DB[scope];

/** The expiry choices the form offers, in days; "never" keeps a token until it is revoked. */
export const API_TOKEN_EXPIRY_CHOICES = ["7", "30", "90", "365", "never"] as const;
export type ApiTokenExpiryChoice = (typeof API_TOKEN_EXPIRY_CHOICES)[number];
