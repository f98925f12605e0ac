// Downloads of the signed-in user's data: ?format=json (default), goals-csv or micro-goals-csv
// (UTF-8 with a byte order mark, so Excel reads non-ASCII text: lib/data-export/csv-file.ts).
import { getCurrentUser } from "@/lib/auth/session";
import { csvFileBytes } from "@/lib/data-export/csv-file";
import { exportUserData, goalsCsv, microGoalsCsv } from "@/lib/data-export/export-user-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to export your data." }, { status: 401 });
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const data = await exportUserData(user);
  const stamp = data.exportedAt.slice(0, 10);
  const download = (body: string | Uint8Array<ArrayBuffer>, type: string, name: string) => new Response(body, { headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" } });
  switch (format) {
    case "json":
      return download(JSON.stringify(data, null, 2), "application/json; charset=utf-8", `stepwise-export-${stamp}.json`);
    case "goals-csv":
      return download(csvFileBytes(goalsCsv(data)), "text/csv; charset=utf-8", `stepwise-goals-${stamp}.csv`);
    case "micro-goals-csv":
      return download(csvFileBytes(microGoalsCsv(data)), "text/csv; charset=utf-8", `stepwise-micro-goals-${stamp}.csv`);
    default:
      return Response.json({ error: "Unknown format. Use json, goals-csv or micro-goals-csv." }, { status: 400 });
  }
}
