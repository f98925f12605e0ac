// A one-off .ics file with one goal's deadline and its undone, dated steps, for people who would
// rather import than subscribe. Uses the feed's UIDs, so importing it again updates the events.
import "server-only";
import { fromDbDate } from "@/lib/time/calendar-date";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { IdSchema } from "@/lib/goals/schemas";
import { buildCalendar } from "./build-calendar";
import { CALENDAR_STEP_LIMIT, ownGoalEvent, ownStepEvent } from "./calendar-events";

/** "Ship the redesign!" → "ship-the-redesign": safe in a Content-Disposition filename. */
export function goalFileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "goal";
}

/** The actor's goal as an .ics file; NotFoundError when the id is malformed or not theirs. */
export async function buildGoalIcs(actor: SessionUser, goalId: string, now = new Date()): Promise<{ filename: string; body: string }> {
  if (!IdSchema.safeParse(goalId).success) throw new NotFoundError("That goal");
  const db = await getDb();
  const goal = await db.goal.findFirst({
    where: { id: goalId, ownerId: actor.id },
    select: {
      id: true,
      title: true,
      deadline: true,
      updatedAt: true,
      microGoals: {
        where: { doneAt: null, deadline: { not: null } },
        select: { id: true, title: true, deadline: true, updatedAt: true },
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        take: CALENDAR_STEP_LIMIT,
      },
    },
  });
  if (!goal) throw new NotFoundError("That goal");
  const appUrl = getEnv().APP_URL;
  const events = [ownGoalEvent({ ...goal, date: fromDbDate(goal.deadline) }, appUrl)];
  for (const step of goal.microGoals) {
    if (step.deadline) events.push(ownStepEvent({ ...step, date: fromDbDate(step.deadline), goal: { id: goal.id, title: goal.title } }, appUrl));
  }
  return {
    filename: `${goalFileSlug(goal.title)}.ics`,
    body: buildCalendar({ name: `Stepwise: ${goal.title}`, events, now }),
  };
}
