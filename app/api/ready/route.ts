// Readiness: can this instance serve real requests (is the database reachable)?
import { isDatabaseReady } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const ready = await isDatabaseReady();
  return Response.json({ status: ready ? "ok" : "unavailable", database: ready ? "ok" : "unreachable" }, { status: ready ? 200 : 503 });
}
