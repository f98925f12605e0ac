"use server";

import { buttonAction } from "@/lib/actions/action-client";
import { markAllRead } from "@/lib/notifications/notifications";

export const markAllReadAction = buttonAction({
  name: "markAllReadAction",
  // The unread count sits in the app shell on every page.
  revalidate: [["/", "layout"]],
  run: ({ user }) => markAllRead(user),
});
