// Why a sign-in was refused, carried through next-auth's CredentialsSignin `code` string.
export type SignInRefusal = "invalid_credentials" | "email_unverified" | "rate_limited" | "invalid_link";

const KNOWN: readonly SignInRefusal[] = ["invalid_credentials", "email_unverified", "rate_limited", "invalid_link"];

export function encodeSignInRefusal(reason: SignInRefusal, retryAfterSeconds?: number): string {
  return retryAfterSeconds ? `${reason}:${retryAfterSeconds}` : reason;
}

export function parseSignInRefusal(code: string | undefined): { reason: SignInRefusal; retryAfterSeconds?: number } {
  const [reason, seconds] = (code ?? "").split(":");
  const retryAfterSeconds = Number(seconds);
  return {
    reason: KNOWN.includes(reason as SignInRefusal) ? (reason as SignInRefusal) : "invalid_credentials",
    retryAfterSeconds: Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds : undefined,
  };
}
