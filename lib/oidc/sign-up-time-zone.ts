// A person who signs up through the OpenID provider never sees the sign-up form, which sends the
// browser's time zone. The "Continue with …" form sends it instead; it waits in a short-lived
// cookie while the person is at the provider, so a new account starts in their zone, not UTC.
import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/config/env";
import { usesSecureCookies } from "@/lib/auth/cookie-policy";
import { currentZoneName, TimeZoneSchema } from "@/lib/time/time-zone";

const COOKIE = "stepwise-sign-up-zone";
const LIFETIME_SECONDS = 15 * 60;

export async function rememberSignUpTimeZone(value: unknown): Promise<void> {
  const zone = TimeZoneSchema.safeParse(value);
  if (!zone.success) return;
  (await cookies()).set(COOKIE, currentZoneName(zone.data), { httpOnly: true, sameSite: "lax", path: "/", maxAge: LIFETIME_SECONDS, secure: usesSecureCookies(getEnv().APP_URL) });
}

/** The zone the sign-in form sent, if it is a valid one. */
export async function signUpTimeZone(): Promise<string | undefined> {
  const zone = TimeZoneSchema.safeParse((await cookies()).get(COOKIE)?.value);
  return zone.success ? zone.data : undefined;
}
