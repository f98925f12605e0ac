// The live review page polls this every few seconds: a small JSON snapshot of the session
// (status, notes and decisions with their versions). Only the two buddies of an active
// pairing get it; anyone else gets 404, the same as for a session that does not exist.
import { getCurrentUser } from "@/lib/auth/session";
import { getReviewState } from "@/lib/reviews/review-state";
import { AppErrorCode, httpStatusOf, isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to see this review." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const { sessionId } = await params;
  try {
    return Response.json(await getReviewState(user, sessionId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) return Response.json({ error: "Not found." }, { status: httpStatusOf(error), headers: { "Cache-Control": "no-store" } });
    throw error;
  }
}
