// Opening a notification: mark it read, then go to the exact item it is about (a comment,
// cheer, check-in, review or achievement, by its anchor). A plain link, so it works without
// JavaScript; someone else's notification id leads to the list, like one that does not exist.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const base = new URL(request.url);
  if (!user) return NextResponse.redirect(new URL("/sign-in?next=/notifications", base), 303);
  const opened = await openNotification(user, (await params).id);
  return NextResponse.redirect(new URL(opened?.link ?? "/notifications", base), 303);
}
