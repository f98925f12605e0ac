// GET /api/goals/<id>/ics: one of the signed-in user's goals as an .ics download (its deadline
// and its undone, dated steps). Someone else's goal and a malformed id both get 404.
import { getCurrentUser } from "@/lib/auth/session";
import { buildGoalIcs } from "@/lib/calendar/goal-ics";
import { AppErrorCode, httpStatusOf, isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to download your goal's deadlines." }, { status: 401 });
  const { id } = await params;
  try {
    const { filename, body } = await buildGoalIcs(user, id);
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) return Response.json({ error: "That goal was not found." }, { status: httpStatusOf(error) });
    throw error;
  }
}
