// The data a browser test starts from, written straight into the suite's database, and a
// session cookie minted as next-auth mints it: a spec that is not about signing up starts
// signed in, in a second, instead of driving the sign-up form and reading its email. Nothing
// here is reachable from the app: it needs the database URL and AUTH_SECRET of the test run.
import { randomBytes, randomInt } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { sessionCookieName } from "../../lib/auth/cookie-policy";
import { strongPassword, uniqueEmail, type TestUser } from "./users";

export type WorldUser = TestUser & { id: string; timeZone: string };

let pool: pg.Pool | undefined;

/** The suite's database (playwright.config.ts creates it and hands its URL to the workers). */
function database(): pg.Pool {
  const url = process.env.STEPWISE_E2E_DATABASE_URL;
  if (!url) throw new Error("STEPWISE_E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  pool ??= new pg.Pool({ connectionString: url, max: 2 });
  return pool;
}

/** Runs SQL on the suite's database: for rows the app's own forms would take too long to write. */
export async function queryDatabase<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await database().query<T>(sql, values)).rows;
}

/**
 * A verified user with a real password hash (so a spec may still sign in through the form).
 * `prefix` starts the unique address; `timeZone` is what sign-up would have detected.
 */
export async function createUser(prefix: string, overrides: { name?: string; timeZone?: string; password?: string } = {}): Promise<WorldUser> {
  const user = {
    name: overrides.name ?? `Person ${randomInt(1_000_000)}`,
    email: uniqueEmail(prefix),
    password: overrides.password ?? strongPassword(),
    // A browser context with no timezoneId reports the machine's zone, as this does.
    timeZone: overrides.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const { rows } = await database().query<{ id: string }>(`INSERT INTO "User" ("email", "name", "passwordHash", "emailVerifiedAt", "timeZone") VALUES ($1, $2, $3, now(), $4) RETURNING "id"`, [user.email, user.name, await hashPassword(user.password), user.timeZone]);
  return { ...user, id: (rows[0] as { id: string }).id };
}

/**
 * An active pairing as accepting `inviter`'s invitation leaves it: the pairing, the accepted
 * invitation (the inviter's list shows it) and the inviter's notification. Returns the pairing page's path.
 */
export async function createPairing(inviter: Pick<WorldUser, "id">, invitee: Pick<WorldUser, "id">): Promise<string> {
  const { rows } = await database().query<{ id: string }>(
    `WITH pairing AS (INSERT INTO "BuddyPairing" ("userAId", "userBId") VALUES ($1, $2) RETURNING "id"),
          invitee AS (SELECT "email", "name" FROM "User" WHERE "id" = $2),
          invite AS (INSERT INTO "BuddyInvite" ("inviterId", "email", "tokenHash", "expiresAt", "acceptedAt", "acceptedById")
                     SELECT $1, "email", $3, now() + interval '14 days', now(), $2 FROM invitee),
          notice AS (INSERT INTO "Notification" ("userId", "kind", "title", "link")
                     SELECT $1, 'invite-accepted', "name" || ' accepted your buddy invitation', '/buddies/' || (SELECT "id" FROM pairing) FROM invitee)
     SELECT "id" FROM pairing`,
    [inviter.id, invitee.id, randomBytes(32).toString("hex")],
  );
  return `/buddies/${(rows[0] as { id: string }).id}`;
}

/** Gives `context` the session cookie that signing in as `user` would set (on the suite's server). */
export async function signInAs(context: BrowserContext, user: Pick<WorldUser, "id">): Promise<void> {
  const appUrl = process.env.E2E_APP_URL ?? "http://127.0.0.1:3100";
  const secret = process.env.STEPWISE_E2E_AUTH_SECRET;
  if (!secret) throw new Error("STEPWISE_E2E_AUTH_SECRET is not set: run the browser tests with `npm run test:e2e`.");
  const name = sessionCookieName(appUrl);
  // The claims lib/auth/config.ts writes (sv: a new account's session version).
  const value = await encode({ token: { sub: user.id, sv: 0 }, secret, salt: name });
  await context.addCookies([{ name, value, url: appUrl, httpOnly: true, sameSite: "Lax" }]);
}
