// The header's unread badge asks this after every navigation and every 30 s while its tab is
// visible: one indexed COUNT for the signed-in person, never cached.
import { getCurrentUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to see your notifications." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json({ unread: await countUnread(user) }, { headers: { "Cache-Control": "no-store" } });
}
