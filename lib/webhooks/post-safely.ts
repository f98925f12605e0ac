// One outgoing webhook request, bounded in every way a hostile or broken endpoint could stretch
// it: the connection goes only to addresses the policy allows (checked in the socket's own DNS
// lookup, so a name cannot resolve to a public address for the check and a private one for the
// connection), redirects are not followed, the whole exchange has a deadline, and at most a few
// kilobytes of the answer are read.
import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { resolveAllowedAddresses, RefusedDestinationError } from "./destination-url";
import type { AddressPolicy } from "./address-policy";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 16 * 1024;

export type PostOutcome = { ok: true; status: number } | { ok: false; status?: number; error: string; refused?: boolean };

export async function postSafely(request: { url: string; contentType: string; body: string; headers?: Record<string, string> }, policy: AddressPolicy, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<PostOutcome> {
  const url = new URL(request.url);
  const client = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
  if (!client) return { ok: false, error: `unsupported scheme ${url.protocol}`, refused: true };
  try {
    // Literal IPs skip the lookup hook below, so they are checked here too.
    await resolveAllowedAddresses(url.hostname, policy);
  } catch (error) {
    return { ok: false, error: describe(error), refused: error instanceof RefusedDestinationError };
  }
  const checkedLookup: LookupFunction = (hostname, options, callback) => {
    resolveAllowedAddresses(hostname, policy).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
  return new Promise<PostOutcome>((resolve) => {
    const body = Buffer.from(request.body, "utf8");
    const req = client.request(
      url,
      {
        method: "POST",
        lookup: checkedLookup,
        agent: false,
        headers: { "content-type": request.contentType, "content-length": body.length, "user-agent": "Stepwise-Webhooks/1", ...request.headers },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const finish = () => {
          if (status >= 200 && status < 300) resolve({ ok: true, status });
          else if (status >= 300 && status < 400) resolve({ ok: false, status, error: `redirect to ${res.headers.location ?? "?"} not followed`, refused: true });
          else resolve({ ok: false, status, error: `HTTP ${status}` });
        };
        res.on("end", finish);
        res.on("close", finish);
        res.on("error", finish);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on("close", () => clearTimeout(deadline));
    req.on("error", (error) => resolve({ ok: false, error: describe(error), refused: error instanceof RefusedDestinationError }));
    req.end(body);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
}
