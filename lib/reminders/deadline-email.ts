// Renders goal and step reminders at send time from the current state. Anything that makes
// the reminder wrong by now turns it into a skip: the goal was achieved, dropped or deleted,
// the step was done, the deadline moved (the key carries the deadline it was planned for),
// the owner turned this kind of email off or switched to the weekly digest.
import type { DbClient } from "@/lib/db";
import { deadlineReminderMessage, type EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import { formatCalendarDate, fromDbDate } from "@/lib/time/calendar-date";
import { unsubscribeParts } from "@/lib/unsubscribe/links";
import type { ClaimedDelivery } from "./ledger";
import { deadlineCategory, parseDeadlineKey, type DeadlineOffset } from "./kinds";
import { cueKey, cueOccurrence } from "./step-cue";
import { daysBetween } from "@/lib/time/calendar-math";

const ownerPreferences = { id: true, name: true, deadlineRemindersEnabled: true, weeklyDigestEnabled: true, overdueRemindersEnabled: true } as const;

type OwnerPreferences = { deadlineRemindersEnabled: boolean; weeklyDigestEnabled: boolean; overdueRemindersEnabled: boolean };

function stillWanted(owner: OwnerPreferences, offset: DeadlineOffset): boolean {
  if (!owner.deadlineRemindersEnabled || owner.weeklyDigestEnabled) return false;
  return offset !== "overdue" || owner.overdueRemindersEnabled;
}

const unsubscribeFor = (userId: string, offset: DeadlineOffset) => unsubscribeParts(userId, deadlineCategory(offset));

/** Goal reminders of a batch, with every goal loaded in one query. */
export async function renderGoalReminders(db: DbClient, deliveries: ClaimedDelivery[]): Promise<(EmailMessage | null)[]> {
  const goals = await db.goal.findMany({
    where: { id: { in: deliveries.map((delivery) => delivery.subjectId) }, status: "ACTIVE" },
    select: { id: true, ownerId: true, title: true, deadline: true, owner: { select: ownerPreferences }, _count: { select: { microGoals: { where: { doneAt: null } } } } },
  });
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  return deliveries.map((delivery) => {
    const key = parseDeadlineKey(delivery.dueKey);
    const goal = goalsById.get(delivery.subjectId);
    if (!key || !goal || goal.ownerId !== delivery.recipientId) return null;
    if (fromDbDate(goal.deadline) !== key.deadline || !stillWanted(goal.owner, key.offset)) return null;
    const { headers, unsubscribe } = unsubscribeFor(goal.owner.id, key.offset);
    const content = deadlineReminderMessage({
      name: goal.owner.name,
      subject: { kind: "goal", title: goal.title },
      deadlineLabel: formatCalendarDate(key.deadline, "long"),
      offset: key.offset,
      openSteps: goal._count.microGoals,
      url: appUrl(`/goals/${goal.id}`),
      unsubscribe,
    });
    return { to: delivery.recipientEmail, ...content, headers };
  });
}

/** Step reminders of a batch, with every step (and its goal and owner) loaded in one query. */
export async function renderStepReminders(db: DbClient, deliveries: ClaimedDelivery[]): Promise<(EmailMessage | null)[]> {
  const steps = await db.microGoal.findMany({
    where: { id: { in: deliveries.map((delivery) => delivery.subjectId) }, doneAt: null, goal: { status: "ACTIVE" } },
    select: { id: true, title: true, deadline: true, ifThenPlan: true, goal: { select: { id: true, ownerId: true, title: true, owner: { select: ownerPreferences } } } },
  });
  const stepsById = new Map(steps.map((step) => [step.id, step]));
  return deliveries.map((delivery) => {
    const key = parseDeadlineKey(delivery.dueKey);
    const step = stepsById.get(delivery.subjectId);
    if (!key || !step?.deadline || step.goal.ownerId !== delivery.recipientId) return null;
    if (fromDbDate(step.deadline) !== key.deadline || !stillWanted(step.goal.owner, key.offset)) return null;
    const { headers, unsubscribe } = unsubscribeFor(step.goal.owner.id, key.offset);
    const content = deadlineReminderMessage({
      name: step.goal.owner.name,
      subject: { kind: "step", title: step.title, goalTitle: step.goal.title },
      deadlineLabel: formatCalendarDate(key.deadline, "long"),
      offset: key.offset,
      ifThenPlan: step.ifThenPlan || undefined,
      url: appUrl(`/goals/${step.goal.id}#step-item-${step.id}`),
      unsubscribe,
    });
    return { to: delivery.recipientEmail, ...content, headers };
  });
}

/**
 * Cue reminders of a batch (./step-cue.ts): skipped unless the step's current deadline and cue
 * still give the occurrence the key names, the step is open, its goal active and reminders on.
 */
export async function renderStepCueReminders(db: DbClient, deliveries: ClaimedDelivery[]): Promise<(EmailMessage | null)[]> {
  const steps = await db.microGoal.findMany({
    where: { id: { in: deliveries.map((delivery) => delivery.subjectId) }, doneAt: null, goal: { status: "ACTIVE" } },
    select: {
      id: true,
      title: true,
      deadline: true,
      ifThenPlan: true,
      cueWeekday: true,
      cueMinute: true,
      goal: { select: { id: true, ownerId: true, title: true, owner: { select: { ...ownerPreferences, reminderHour: true } } } },
    },
  });
  const stepsById = new Map(steps.map((step) => [step.id, step]));
  return deliveries.map((delivery) => {
    const step = stepsById.get(delivery.subjectId);
    if (!step?.deadline || step.goal.ownerId !== delivery.recipientId || !step.goal.owner.deadlineRemindersEnabled) return null;
    const deadline = fromDbDate(step.deadline);
    const occurrence = cueOccurrence(deadline, { weekday: step.cueWeekday, minute: step.cueMinute }, step.goal.owner.reminderHour);
    if (!occurrence || cueKey(deadline, occurrence) !== delivery.dueKey) return null;
    const { headers, unsubscribe } = unsubscribeFor(step.goal.owner.id, 0);
    const content = deadlineReminderMessage({
      name: step.goal.owner.name,
      subject: { kind: "step", title: step.title, goalTitle: step.goal.title },
      deadlineLabel: formatCalendarDate(deadline, "long"),
      offset: daysBetween(occurrence.day, deadline),
      ifThenPlan: step.ifThenPlan || undefined,
      url: appUrl(`/goals/${step.goal.id}#step-item-${step.id}`),
      unsubscribe,
    });
    return { to: delivery.recipientEmail, ...content, headers };
  });
}
