// What Stepwise takes from a provider's ID token, checked: only a verified email counts, because
// an email the provider never checked proves nothing about who owns the address.
import { z } from "zod";
import { AppError, AppErrorCode } from "@/lib/errors";

export type OidcClaims = { issuer: string; subject: string; email: string; name: string };

const ProfileSchema = z.object({
  sub: z.string().min(1),
  email: z.string().trim().toLowerCase().pipe(z.email()).optional(),
  email_verified: z.unknown().optional(),
  name: z.string().trim().optional(),
  given_name: z.string().trim().optional(),
});

export const UNVERIFIED_EMAIL_MESSAGE = "Your provider did not confirm an email address for this sign-in, so Stepwise cannot use it.";

/** The claims Stepwise uses, or an AppError when the email is missing or not verified. */
export function readOidcClaims(issuer: string, profile: unknown): OidcClaims {
  const parsed = ProfileSchema.safeParse(profile);
  // Strictly `true`: some providers send the string "false" or leave the claim out.
  if (!issuer || !parsed.success || !parsed.data.email || parsed.data.email_verified !== true) throw new AppError(AppErrorCode.INVALID_INPUT, UNVERIFIED_EMAIL_MESSAGE);
  const { sub, email, name, given_name } = parsed.data;
  // A name is shown and emailed; the rules of the profile form (lib/auth/schemas.ts) apply.
  const displayName =
    (name || given_name || email.split("@")[0] || email)
      .replace(/[\r\n<>]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 100) || email;
  return { issuer, subject: sub, email, name: displayName };
}
