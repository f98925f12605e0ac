// The private calendar feed URL: /api/calendar/<token>.ics. The token is 256 random bits and
// only its sha256 is stored (User.calendarTokenHash), like email-link tokens: a database leak
// reveals no working feed, and the full URL can be shown once, right after it is made.
// Making a new one overwrites the hash, so the previous URL stops working in the same statement.
import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { CalendarActor } from "./calendar-events";

/** generateToken() output: 32 bytes in base64url, no padding. */
const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const FEED_PATH_PATTERN = /^([A-Za-z0-9_-]{43})\.ics$/;

export function calendarFeedUrl(token: string): string {
  return `${getEnv().APP_URL}/api/calendar/${token}.ics`;
}

/** The token in a feed route segment ("<token>.ics"), or null when the segment is not one. */
export function parseFeedPathSegment(segment: string): string | null {
  return FEED_PATH_PATTERN.exec(segment)?.[1] ?? null;
}

export async function hasCalendarFeed(actor: CalendarActor): Promise<boolean> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { calendarTokenHash: true } });
  return Boolean(user?.calendarTokenHash);
}

/** Creates the actor's feed, or replaces it (the old URL stops working). Returns the new URL. */
export async function createCalendarFeed(actor: CalendarActor): Promise<{ url: string }> {
  const db = await getDb();
  const token = generateToken();
  await db.user.update({ where: { id: actor.id }, data: { calendarTokenHash: hashToken(token) } });
  return { url: calendarFeedUrl(token) };
}

export async function disableCalendarFeed(actor: CalendarActor): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: actor.id }, data: { calendarTokenHash: null } });
}

/** Who a feed token belongs to; null for an unknown, revoked or malformed token. */
export async function findUserByCalendarToken(token: string): Promise<{ id: string; name: string } | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const db = await getDb();
  return db.user.findUnique({ where: { calendarTokenHash: hashToken(token) }, select: { id: true, name: true } });
}
