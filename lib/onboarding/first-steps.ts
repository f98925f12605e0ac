// The new person's checklist on the dashboard: five first steps, each ticked off by what the
// person has actually done (not by clicking), all answered by one SQL statement.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export type FirstStepKey = "reflect" | "goal" | "step" | "buddy" | "calendar";
export type FirstStep = { key: FirstStepKey; label: string; href: string; done: boolean };

const STEPS: readonly Omit<FirstStep, "done">[] = [
  { key: "reflect", label: "Reflect on what career success means to you", href: "/reflect" },
  { key: "goal", label: "Write your first SMART goal", href: "/goals/new" },
  { key: "step", label: "Break it into a first dated step", href: "/goals" },
  { key: "buddy", label: "Invite an accountability buddy", href: "/buddies" },
  { key: "calendar", label: "Connect your calendar", href: "/settings#calendar" },
];

type Row = Record<FirstStepKey, boolean>;

/** The checklist, or null once every step is done (the dashboard then shows no checklist). */
export async function getFirstSteps(actor: SessionUser): Promise<FirstStep[] | null> {
  const db = await getDb();
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      EXISTS (SELECT 1 FROM "Reflection" WHERE "userId" = u."id") AS "reflect",
      EXISTS (SELECT 1 FROM "Goal" WHERE "ownerId" = u."id") AS "goal",
      EXISTS (SELECT 1 FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId" WHERE g."ownerId" = u."id") AS "step",
      (EXISTS (SELECT 1 FROM "BuddyInvite" WHERE "inviterId" = u."id")
        OR EXISTS (SELECT 1 FROM "BuddyPairing" WHERE "userAId" = u."id" OR "userBId" = u."id")) AS "buddy",
      u."calendarTokenHash" IS NOT NULL AS "calendar"
    FROM "User" u WHERE u."id" = ${actor.id}::uuid`;
  if (!row) return null;
  const steps = STEPS.map((step) => ({ ...step, done: row[step.key] === true }));
  return steps.every((step) => step.done) ? null : steps;
}
