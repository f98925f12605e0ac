// The OpenAPI 3.1 document of /api/v1, generated with zod-openapi from the endpoints' zod
// schemas (lib/api/endpoints.ts), the ones the handlers parse and serialise with.
// Why zod-openapi: docs/decisions/0009-rest-api-and-personal-tokens.md.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { API_SCOPE_LABELS } from "@/lib/api-tokens/scopes";
import { API_ENDPOINTS, type Endpoint } from "./endpoints";
import { ApiErrorSchema } from "./wire-schemas";

export const API_VERSION = "1.0.0";

const errorResponse = (description: string, headers?: z.ZodObject) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: ApiErrorSchema } },
});

const RetryAfter = z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait before the next request." }) });

function responsesOf(endpoint: Endpoint): ZodOpenApiResponsesObject {
  const responses: ZodOpenApiResponsesObject = {
    [String(endpoint.status)]: { description: endpoint.status === 201 ? "Created." : "OK.", content: { "application/json": { schema: endpoint.response } } },
    "401": errorResponse("No token, or a token that is unknown, revoked or expired (one answer for all)."),
    "403": errorResponse(`The token lacks the \`${endpoint.scope}\` scope.`),
    "429": errorResponse("Too many requests with this token.", RetryAfter),
    "500": errorResponse("Something failed on the server."),
  };
  if (endpoint.query) responses["400"] = errorResponse("A query parameter is not valid; `fields` says which.");
  if (endpoint.notFound) responses["404"] = errorResponse("Not found, or not yours: the two are indistinguishable.");
  if (endpoint.body) {
    responses["400"] = errorResponse("The body is not JSON.");
    responses["413"] = errorResponse("The body is too large.");
    responses["422"] = errorResponse("The input was refused; `fields` holds a message per field.");
  }
  return responses;
}

function operationOf(endpoint: Endpoint): ZodOpenApiOperationObject {
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: [endpoint.description, `Needs the \`${endpoint.scope}\` scope.`].filter(Boolean).join("\n\n"),
    security: [{ personalAccessToken: [] }],
    "x-required-scope": endpoint.scope,
    ...(endpoint.params || endpoint.query ? { requestParams: { ...(endpoint.params ? { path: endpoint.params } : {}), ...(endpoint.query ? { query: endpoint.query } : {}) } } : {}),
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: endpoint.body } } } } : {}),
    responses: responsesOf(endpoint),
  };
}

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of API_ENDPOINTS) paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operationOf(endpoint) };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Stepwise API",
      version: API_VERSION,
      description:
        "Your goals, steps, check-ins and deadlines. Authenticate with a personal access token from Settings → API: `Authorization: Bearer stw_…`. " +
        `Scopes: ${Object.entries(API_SCOPE_LABELS)
          .map(([scope, { description }]) => `\`${scope}\` (${description})`)
          .join("; ")}`,
    },
    paths,
    components: {
      securitySchemes: { personalAccessToken: { type: "http", scheme: "bearer", description: "A personal access token (stw_…) from Settings → API." } },
    },
  });
}
