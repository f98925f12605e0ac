// Liveness: the process answers. Deliberately touches nothing else.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" });
}
