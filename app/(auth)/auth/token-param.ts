import { TokenSchema } from "@/lib/auth/schemas";

/** The token from a link's query string, or null when it is missing or malformed. */
export function tokenFromSearchParams(params: Record<string, string | string[] | undefined>): string | null {
  const parsed = TokenSchema.safeParse(params.token);
  return parsed.success ? parsed.data : null;
}
