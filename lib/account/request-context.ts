// Who is asking, as far as abuse limits are concerned.
export type RequestContext = { ip: string };

/** The client address from proxy headers; "unknown" when there is none (limits then fall back to per-email). */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip")?.trim() || "unknown";
}

/** The context of the request being handled (server actions, pages). */
export async function currentRequestContext(): Promise<RequestContext> {
  const { headers } = await import("next/headers");
  return { ip: clientIpFrom(await headers()) };
}
