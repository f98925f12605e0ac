// The one way an /api/v1 route handler is written, like the action client is for server actions:
// authenticate the bearer token (never a cookie, so no cross-site request can act as anyone),
// count the request against the token's rate limit, check the endpoint's scope, parse the path,
// query and body with the endpoint's schemas, run one lib/ call as the token's owner, serialise
// the answer through the response schema, and map every failure to the one error body.
import "server-only";
import { getDb } from "@/lib/db";
import { hitRateLimit, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { authenticateApiToken, bearerTokenOf, type ApiCaller } from "@/lib/api-tokens/authenticate-api-token";
import { AppError, AppErrorCode, httpStatusOf } from "@/lib/errors";
import type { z } from "zod";
import type { Endpoint } from "./endpoints";
import { apiError, apiJson, fieldMessages } from "./api-response";
import type { ApiErrorCode } from "./wire-schemas";

/** Larger bodies are refused unread: the largest valid one (a 4000-character note) is far smaller. */
export const MAX_BODY_BYTES = 64 * 1024;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiRouteContext<E extends Endpoint> = {
  caller: ApiCaller;
  user: ApiCaller["user"];
  params: Parsed<E["params"]>;
  query: Parsed<E["query"]>;
  body: Parsed<E["body"]>;
  request: Request;
};

type RouteSegmentContext = { params: Promise<Record<string, string | string[] | undefined>> };

const APP_ERROR_CODES: Record<AppErrorCode, ApiErrorCode> = {
  NOT_FOUND: "NOT_FOUND",
  LIMIT_REACHED: "LIMIT_REACHED",
  INVALID_INPUT: "INVALID_INPUT",
  CONFLICT: "CONFLICT",
};

const unauthorized = () => apiError(401, "UNAUTHORIZED", "Send a valid personal access token: Authorization: Bearer stw_…", { headers: { "WWW-Authenticate": 'Bearer realm="stepwise"' } });
const notFound = () => apiError(404, "NOT_FOUND", "Not found.");

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, response: apiError(413, "PAYLOAD_TOO_LARGE", `The body must be at most ${MAX_BODY_BYTES} bytes.`) };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, response: apiError(413, "PAYLOAD_TOO_LARGE", `The body must be at most ${MAX_BODY_BYTES} bytes.`) };
  try {
    return { ok: true, value: text.trim() === "" ? {} : JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(400, "INVALID_REQUEST", "The body must be JSON.") };
  }
}

export function apiRoute<E extends Endpoint>(endpoint: E, run: (context: ApiRouteContext<E>) => Promise<z.input<E["response"]>>) {
  return async function handler(request: Request, segment: RouteSegmentContext): Promise<Response> {
    const token = bearerTokenOf(request.headers.get("authorization"));
    if (!token) return unauthorized();
    const caller = await authenticateApiToken(token);
    if (!caller) return unauthorized();

    const limit = await hitRateLimit(await getDb(), `api-token:${caller.tokenId}`, RATE_LIMITS.apiPerToken);
    if (!limit.allowed) {
      return apiError(429, "RATE_LIMITED", `Too many requests with this token. Try again in ${limit.retryAfterSeconds} seconds.`, {
        headers: { "Retry-After": String(limit.retryAfterSeconds) },
      });
    }
    if (!caller.scopes.includes(endpoint.scope)) return apiError(403, "FORBIDDEN", `This token lacks the “${endpoint.scope}” scope.`);

    // A malformed id cannot name anything of the caller's: the same 404 as someone else's id.
    let params: unknown;
    if (endpoint.params) {
      const parsed = endpoint.params.safeParse(await segment.params);
      if (!parsed.success) return notFound();
      params = parsed.data;
    }
    let query: unknown;
    if (endpoint.query) {
      const parsed = endpoint.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) return apiError(400, "INVALID_REQUEST", "Some query parameters are not valid.", { fields: fieldMessages(parsed.error) });
      query = parsed.data;
    }
    let body: unknown;
    if (endpoint.body) {
      const read = await readJson(request);
      if (!read.ok) return read.response;
      const parsed = endpoint.body.safeParse(read.value);
      if (!parsed.success) return apiError(422, "INVALID_INPUT", "Please correct the listed fields.", { fields: fieldMessages(parsed.error) });
      body = parsed.data;
    }

    try {
      const result = await run({ caller, user: caller.user, params, query, body, request } as ApiRouteContext<E>);
      return apiJson(endpoint.response.parse(result), endpoint.status);
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === AppErrorCode.NOT_FOUND) return notFound();
        return apiError(httpStatusOf(error), APP_ERROR_CODES[error.code], error.message, error.field ? { fields: { [error.field]: [error.message] } } : {});
      }
      console.error(`${endpoint.operationId} failed`, { userId: caller.user.id, tokenId: caller.tokenId, error });
      return apiError(500, "INTERNAL", "Something went wrong on our side. Please try again in a moment.");
    }
  };
}
