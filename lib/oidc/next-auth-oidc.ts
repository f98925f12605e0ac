// The OpenID provider as next-auth sees it, and what its callbacks ask of lib/oidc. next-auth
// checks state, nonce and PKCE and validates the ID token; a failed check sends the person to
// /sign-in?error=… (app/(auth)/sign-in explains it).
import "server-only";
import type { Profile } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { isAppError } from "@/lib/errors";
import { readOidcClaims } from "./oidc-claims";
import { OIDC_PROVIDER_ID, type OidcSettings } from "./oidc-settings";
import { findOidcUser, signInWithOidc } from "./sign-in-with-oidc";
import { signUpTimeZone } from "./sign-up-time-zone";

/** The sign-in page's notice when the provider did not vouch for an email. */
export const UNVERIFIED_EMAIL_ERROR = "oidc-unverified-email";

/**
 * The provider's redirect URI must be the same in the authorization and the token request, and
 * registered at the provider: APP_URL + /api/auth/callback/oidc. next-auth derives it from the
 * request, which behind a proxy may name another host (and Next rewrites 127.0.0.1 to
 * "localhost" in route handlers); AUTH_URL (next-auth's setting) pins it to APP_URL's origin.
 */
function pinAuthUrl(appUrl: string): void {
  process.env.AUTH_URL ??= new URL(appUrl).origin;
}

export function oidcProvider(settings: OidcSettings | null, appUrl: string): OIDCConfig<Profile>[] {
  if (!settings) return [];
  pinAuthUrl(appUrl);
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: settings.displayName,
      type: "oidc",
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    },
  ];
}

function issuerOf(profile: Profile | undefined): string {
  // The ID token's `iss`, which next-auth has checked against the provider's discovery document.
  return typeof profile?.iss === "string" ? profile.iss : "";
}

/** next-auth's signIn callback for the provider: true to sign in, or where to send the person instead. */
export async function oidcSignInRedirect(profile: Profile | undefined): Promise<true | string> {
  let claims;
  try {
    claims = readOidcClaims(issuerOf(profile), profile);
  } catch (error) {
    if (isAppError(error)) return `/sign-in?error=${UNVERIFIED_EMAIL_ERROR}`;
    throw error;
  }
  const outcome = await signInWithOidc(claims, new Date(), await signUpTimeZone());
  if (outcome.outcome === "confirm-link") return `/sign-in/link-account?token=${encodeURIComponent(outcome.token)}`;
  return true;
}

/** The account a provider sign-in that the signIn callback allowed signs in as. */
export async function oidcSessionUser(profile: Profile | undefined, subject: string) {
  return findOidcUser(issuerOf(profile), subject);
}
