// The scheduler route's guard: POST with `Authorization: Bearer <CRON_SECRET>`, compared in
// constant time. A secret in the query string is refused even when it is right, so it never
// ends up in access logs that people then share.
import { createHash, timingSafeEqual } from "node:crypto";

export function isAuthorizedCronRequest(request: Request, secret: string | undefined): boolean {
  if (!secret || request.method !== "POST") return false;
  const url = new URL(request.url);
  if ([...url.searchParams.keys()].some((key) => /secret|token|key|auth/i.test(key))) return false;
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer (.+)$/.exec(header);
  if (!match?.[1]) return false;
  const given = createHash("sha256").update(match[1]).digest();
  const expected = createHash("sha256").update(secret).digest();
  return timingSafeEqual(given, expected);
}
