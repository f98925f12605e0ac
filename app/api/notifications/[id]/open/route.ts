// Opening a notification: mark it read, then go to the exact item it is about (a comment,
// cheer, check-in, review or achievement, by its anchor). A plain link, so it works without
// JavaScript; someone else's notification id leads to the list, like one that does not exist.
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

// A relative Location: the browser keeps the host it asked on (behind a proxy, or 127.0.0.1
// versus localhost, the server's own idea of its URL can differ and would lose the cookie).
const seeOther = (path: string) => new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return seeOther("/sign-in?next=%2Fnotifications");
  const opened = await openNotification(user, (await params).id);
  return seeOther(opened?.link ?? "/notifications");
}
