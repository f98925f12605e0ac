// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public: it describes, it reveals nothing.
import { buildOpenApiDocument } from "@/lib/api/openapi-document";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
