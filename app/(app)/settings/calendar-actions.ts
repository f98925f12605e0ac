"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createCalendarFeed, disableCalendarFeed } from "@/lib/calendar/feed-token";
import type { CalendarFeedState } from "@/components/calendar/calendar-feed-settings";

const CalendarFeedIntentSchema = z.object({ intent: z.enum(["create", "disable"]) });

/** Creates (or replaces) the feed and returns its URL once, or turns the feed off. */
export async function calendarFeedAction(_state: CalendarFeedState, formData: FormData): Promise<CalendarFeedState> {
  const user = await requireUser();
  const parsed = CalendarFeedIntentSchema.safeParse({ intent: formData.get("intent") });
  if (!parsed.success) return { status: "error", message: "Something went wrong. Please try again." };
  let result: CalendarFeedState;
  try {
    if (parsed.data.intent === "create") {
      const { url } = await createCalendarFeed(user);
      result = { status: "success", active: true, feedUrl: url, message: "Your new calendar feed URL is ready. Any previous URL has stopped working." };
    } else {
      await disableCalendarFeed(user);
      result = { status: "success", active: false, message: "Calendar feed turned off. Its URL no longer works." };
    }
  } catch (error) {
    console.error("[calendar] feed action failed", { userId: user.id, intent: parsed.data.intent, error });
    return { status: "error", message: "We could not change your calendar feed. Please try again." };
  }
  revalidatePath("/settings");
  return result;
}
