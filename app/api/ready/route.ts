// Readiness: should a load balancer send this instance requests? Not while it shuts down
// (answered at once, before the listener closes), nor while the database is unreachable.
import "server-only";
import { isDraining } from "@/lib/lifecycle/draining";
import { isDatabaseReady } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  if (isDraining()) return Response.json({ status: "draining" }, { status: 503 });
  const ready = await isDatabaseReady();
  return Response.json({ status: ready ? "ok" : "unavailable", database: ready ? "ok" : "unreachable" }, { status: ready ? 200 : 503 });
}
