// What bench/http.ts and bench/profile.ts both start from: the command line (the database, the
// heavy user bench/seed.ts printed, how long and how hard to load), signed-in cookies made the
// way next-auth makes them, and the newcomer whose dashboard is the signed-in shell.
import { randomBytes } from "node:crypto";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";

export type HeavyUser = {
  id: string;
  name: string;
  sessionVersion: number;
  goalId: string;
  goalTitle: string;
  pairingId: string;
  buddyName: string;
  calendarToken: string;
};

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses the shared options plus `extra`; --heavy-user takes the JSON bench/seed.ts printed, or just its heavyUser. */
export function readBenchArgs(extra: Options) {
  // Every option here is a string (booleans are not used), so the values are read as such.
  const values = parseArgs({
    options: {
      "database-url": { type: "string" },
      "heavy-user": { type: "string" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      ...extra,
    },
  }).values as Record<string, string | undefined>;
  const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("--database-url or DATABASE_URL is required");
  const heavyJson = values["heavy-user"];
  if (!heavyJson) throw new Error("--heavy-user is required (the JSON bench/seed.ts printed)");
  const parsed = JSON.parse(heavyJson) as HeavyUser | { heavyUser: HeavyUser };
  const heavy = "heavyUser" in parsed ? parsed.heavyUser : parsed;
  for (const key of ["id", "name", "goalId", "goalTitle", "pairingId", "buddyName", "calendarToken"] as const) {
    if (typeof heavy[key] !== "string") throw new Error(`--heavy-user lacks "${key}"`);
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0 && connections > 0)) throw new Error("--duration and --connections must be positive");
  return { values, databaseUrl, heavy, duration, connections };
}

/** The server's secret for this run: cookies below are made with it. */
export const AUTH_SECRET = randomBytes(32).toString("base64url");
// next-auth's cookie on plain http (no __Secure- prefix); its name is also the JWT's salt.
const SESSION_COOKIE = "authjs.session-token";

/** A session cookie as lib/auth/config.ts's jwt callback makes it: the user id and sessionVersion. */
export async function sessionCookie(user: { id: string; sessionVersion: number }): Promise<string> {
  const token = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 3600 });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Somebody who just signed up: no goals, no buddy, so the dashboard is the app's shell around
 * empty lists. Made here (bench/seed.ts gives every user goals) and kept for later runs.
 */
export async function newUser(databaseUrl: string): Promise<{ id: string; name: string; sessionVersion: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; name: string; sessionVersion: number }>(
      `INSERT INTO "User" ("email", "name", "emailVerifiedAt") VALUES ('bench-new-user@example.invalid', 'Nadia Newcomer', now())
       ON CONFLICT ("email") DO UPDATE SET "name" = EXCLUDED."name"
       RETURNING "id", "name", "sessionVersion"`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}
