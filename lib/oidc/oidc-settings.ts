// Which ways in the operator turned on: OpenID Connect (all four OIDC_* variables) and
// password sign-in (PASSWORD_SIGN_IN, on unless "off"). lib/config/env.ts validates them.
import "server-only";
import { getEnv } from "@/lib/config/env";

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; displayName: string };

/** The configured provider, or null when OpenID Connect sign-in is off. */
export function getOidcSettings(): OidcSettings | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET || !env.OIDC_DISPLAY_NAME) return null;
  return { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, displayName: env.OIDC_DISPLAY_NAME };
}

export function isPasswordSignInEnabled(): boolean {
  return getEnv().PASSWORD_SIGN_IN === "on";
}

/** next-auth's id for the provider: its callback is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";
