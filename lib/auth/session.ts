// The one way to learn who is signed in: in pages, layouts, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { readSessionCookie } from "./session-cookie";
import { loadSessionUser, type SessionUser } from "./session-user";
import { REQUESTED_PATH_HEADER, signInPathReturningTo } from "./requested-path";

export type { SessionUser };

/** The signed-in user, or null. One database read per request, however often it is called. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionCookie(await cookies());
  return claims ? loadSessionUser(claims.userId, claims.sessionVersion) : null;
});

/**
 * The signed-in user; anyone else is sent to sign in, and back to the page they asked for
 * afterwards (proxy.ts names it). Use in every protected page and action.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPathReturningTo((await headers()).get(REQUESTED_PATH_HEADER)));
  return user;
}
