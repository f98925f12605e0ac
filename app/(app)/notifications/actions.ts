"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { markAllRead } from "@/lib/notifications/notifications";

export async function markAllReadAction(): Promise<void> {
  const user = await requireUser();
  await markAllRead(user);
  // The unread count sits in the app shell on every page.
  revalidatePath("/", "layout");
}
