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

const ownerPreferences = { id: true, name: true, deadlineRemindersEnabled: true, weeklyDigestEnabled: true, overdueRemindersEnabled: true } as const;

type OwnerPreferences = { deadlineRemindersEnabled: boolean; weeklyDigestEnabled: boolean; overdueRemindersEnabled: boolean };

function stillWanted(owner: OwnerPreferences, offset: DeadlineOffset): boolean {
  if (!owner.deadlineRemindersEnabled || owner.weeklyDigestEnabled) return false;
  return offset !== "overdue" || owner.overdueRemindersEnabled;
}

const unsubscribeFor = (userId: string, offset: DeadlineOffset) => unsubscribeParts(userId, deadlineCategory(offset));

export async function renderGoalReminder(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const key = parseDeadlineKey(delivery.dueKey);
  if (!key || !delivery.recipientId) return null;
  const goal = await db.goal.findFirst({
    where: { id: delivery.subjectId, ownerId: delivery.recipientId, status: "ACTIVE" },
    select: { id: true, title: true, deadline: true, owner: { select: ownerPreferences }, _count: { select: { microGoals: { where: { doneAt: null } } } } },
  });
  if (!goal || fromDbDate(goal.deadline) !== key.deadline || !stillWanted(goal.owner, key.offset)) return null;
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
}

export async function renderStepReminder(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const key = parseDeadlineKey(delivery.dueKey);
  if (!key || !delivery.recipientId) return null;
  const step = await db.microGoal.findFirst({
    where: { id: delivery.subjectId, doneAt: null, goal: { ownerId: delivery.recipientId, status: "ACTIVE" } },
    select: { title: true, deadline: true, goal: { select: { id: true, title: true, owner: { select: ownerPreferences } } } },
  });
  if (!step?.deadline || fromDbDate(step.deadline) !== key.deadline || !stillWanted(step.goal.owner, key.offset)) return null;
  const { headers, unsubscribe } = unsubscribeFor(step.goal.owner.id, key.offset);
  const content = deadlineReminderMessage({
    name: step.goal.owner.name,
    subject: { kind: "step", title: step.title, goalTitle: step.goal.title },
    deadlineLabel: formatCalendarDate(key.deadline, "long"),
    offset: key.offset,
    url: appUrl(`/goals/${step.goal.id}`),
    unsubscribe,
  });
  return { to: delivery.recipientEmail, ...content, headers };
}
