// Renders the weekly digest from the current state: open goals and steps that are overdue or
// due within two weeks of the digest's day. Nothing to report, or the person stopped the
// digest, means skip.
import type { DbClient } from "@/lib/db";
import { weeklyDigestMessage, type DigestItem, type EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import { addDays, formatCalendarDate, fromDbDate, toDbDate } from "@/lib/time/calendar-date";
import { unsubscribeParts } from "@/lib/unsubscribe/links";
import type { ClaimedDelivery } from "./ledger";

const DIGEST_DAYS = 14;
const DIGEST_ITEM_LIMIT = 15;

export async function renderWeeklyDigest(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  if (!delivery.recipientId || !/^\d{4}-\d{2}-\d{2}$/.test(delivery.dueKey)) return null;
  const user = await db.user.findFirst({
    where: { id: delivery.recipientId, weeklyDigestEnabled: true, deadlineRemindersEnabled: true },
    select: { id: true, name: true },
  });
  if (!user) return null;
  const today = delivery.dueKey;
  const horizon = toDbDate(addDays(today, DIGEST_DAYS));
  const openGoal = { ownerId: user.id, status: "ACTIVE" as const };
  const goalWhere = { ...openGoal, deadline: { lte: horizon } };
  const stepWhere = { doneAt: null, deadline: { lte: horizon }, goal: openGoal };
  const [goals, steps, goalCount, stepCount, overdueGoals, overdueSteps] = await Promise.all([
    db.goal.findMany({ where: goalWhere, select: { title: true, deadline: true }, orderBy: { deadline: "asc" }, take: DIGEST_ITEM_LIMIT }),
    db.microGoal.findMany({ where: stepWhere, select: { title: true, deadline: true, goal: { select: { title: true } } }, orderBy: { deadline: "asc" }, take: DIGEST_ITEM_LIMIT }),
    db.goal.count({ where: goalWhere }),
    db.microGoal.count({ where: stepWhere }),
    db.goal.count({ where: { ...openGoal, deadline: { lt: toDbDate(today) } } }),
    db.microGoal.count({ where: { doneAt: null, deadline: { lt: toDbDate(today) }, goal: openGoal } }),
  ]);
  const total = goalCount + stepCount;
  if (total === 0) return null;
  const items: (DigestItem & { date: string })[] = [...goals.map((goal) => ({ title: goal.title, date: fromDbDate(goal.deadline) })), ...steps.flatMap((step) => (step.deadline ? [{ title: step.title, goalTitle: step.goal.title, date: fromDbDate(step.deadline) }] : []))]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, DIGEST_ITEM_LIMIT)
    .map((item) => ({ ...item, overdue: item.date < today, deadlineLabel: formatCalendarDate(item.date, "long") }));
  const overdueCount = overdueGoals + overdueSteps;
  const { headers, unsubscribe } = unsubscribeParts(user.id, "digest");
  const content = weeklyDigestMessage({
    name: user.name,
    items: items.map(({ date: _date, ...item }) => item),
    overdueCount,
    upcomingCount: total - overdueCount,
    url: appUrl("/dashboard"),
    unsubscribe,
  });
  return { to: delivery.recipientEmail, ...content, headers };
}
