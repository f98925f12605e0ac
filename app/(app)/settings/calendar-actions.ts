"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/action-client";
import { createCalendarFeed, disableCalendarFeed } from "@/lib/calendar/feed-token";
import type { CalendarFeedState } from "@/components/calendar/calendar-feed-settings";

const CalendarFeedIntentSchema = z.object({ intent: z.enum(["create", "disable"]) });

/** Creates (or replaces) the feed and returns its URL once, or turns the feed off. */
export const calendarFeedAction = formAction({
  name: "calendarFeedAction",
  failureMessage: "We could not change your calendar feed. Please try again.",
  revalidate: ["/settings"],
  run: async ({ user, formData }): Promise<CalendarFeedState> => {
    // The two buttons write the intent; anything else is not a form of ours.
    const parsed = CalendarFeedIntentSchema.safeParse({ intent: formData.get("intent") });
    if (!parsed.success) return { status: "error", message: "Something went wrong. Please try again." };
    if (parsed.data.intent === "create") {
      const { url } = await createCalendarFeed(user);
      return { status: "success", active: true, feedUrl: url, message: "Your new calendar feed URL is ready. Any previous URL has stopped working." };
    }
    await disableCalendarFeed(user);
    return { status: "success", active: false, message: "Calendar feed turned off. Its URL no longer works." };
  },
});
