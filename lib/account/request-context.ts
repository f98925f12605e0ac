// Who is asking, as far as abuse limits are concerned.
export type RequestContext = { ip: string };

/**
 * The client address for per-IP limits. The rightmost X-Forwarded-For entry is the one added by
 * the proxy nearest to us, which a client cannot forge (entries to its left can be). Without a
 * proxy a client can send any value, so per-email limits are what always hold.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const nearest = forwarded?.split(",").at(-1)?.trim();
  return nearest || headers.get("x-real-ip")?.trim() || "unknown";
}

/** The context of the request being handled (server actions, pages). */
export async function currentRequestContext(): Promise<RequestContext> {
  const { headers } = await import("next/headers");
  return { ip: clientIpFrom(await headers()) };
}
