// Calls /api/v1 route handlers the way Next.js does (a real Request, the route's params) and
// checks every answer against the OpenAPI document the API serves: the status must be one the
// document lists for that operation, and the body must validate against its schema (ajv, JSON
// Schema 2020-12, which OpenAPI 3.1 uses). What was checked is recorded, so a test can assert
// that every operation's success answer was seen.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import type { Endpoint } from "@/lib/api/endpoints";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

// The body's shape is checked at run time against the document (below); tests then read it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiJson = any;
export type ApiAnswer = { status: number; headers: Headers; body: ApiJson };

const DOCUMENT_ID = "https://stepwise.test/api/v1/openapi.json";
const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

export function createApiClient() {
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument()));
  // OpenAPI keywords (example, x-…) are not JSON Schema's: not strict about unknown keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  const seen = new Set<string>();

  function validate(endpoint: Endpoint, answer: ApiAnswer) {
    const responses = document.paths[endpoint.path]?.[endpoint.method]?.responses ?? {};
    expect(Object.keys(responses), `${endpoint.operationId} documents status ${answer.status}`).toContain(String(answer.status));
    const response = responses[String(answer.status)];
    const validator = ajv.getSchema(`${DOCUMENT_ID}#/${pointer("paths", endpoint.path, endpoint.method, "responses", String(answer.status), "content", "application/json", "schema")}`);
    if (!validator) throw new Error(`no schema for ${endpoint.operationId} ${answer.status}`);
    const valid = validator(answer.body);
    expect(validator.errors ?? [], `${endpoint.operationId} ${answer.status} body matches the document`).toEqual([]);
    expect(valid).toBe(true);
    for (const [name, header] of Object.entries<{ required?: boolean }>(response.headers ?? {})) {
      if (header.required) expect(answer.headers.get(name), `${endpoint.operationId} ${answer.status} sends ${name}`).toBeTruthy();
    }
    seen.add(`${endpoint.operationId} ${answer.status}`);
  }

  async function call(endpoint: Endpoint, handler: Handler, options: { token?: string | null; params?: Record<string, string>; query?: string; body?: unknown; rawBody?: string; headers?: HeadersInit } = {}): Promise<ApiAnswer> {
    const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? "");
    const headers = new Headers(options.headers);
    if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
    const rawBody = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (rawBody !== undefined) headers.set("Content-Type", "application/json");
    const request = new Request(`http://stepwise.test${path}${options.query ? `?${options.query}` : ""}`, { method: endpoint.method.toUpperCase(), headers, body: rawBody });
    const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const answer = { status: response.status, headers: response.headers, body: await response.json() };
    validate(endpoint, answer);
    return answer;
  }

  /** The document's complaints about a body for an operation's status (none: it conforms). */
  function violations(endpoint: Endpoint, status: number, body: unknown) {
    const validator = ajv.getSchema(`${DOCUMENT_ID}#/${pointer("paths", endpoint.path, endpoint.method, "responses", String(status), "content", "application/json", "schema")}`);
    if (!validator) throw new Error(`no schema for ${endpoint.operationId} ${status}`);
    validator(body);
    return validator.errors ?? [];
  }

  return { call, document, seen, violations };
}
