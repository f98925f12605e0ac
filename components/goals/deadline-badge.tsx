import type { DeadlineStatus } from "@/lib/goals/progress";
import { formatCalendarDate } from "@/lib/time/calendar-date";

const styles: Record<DeadlineStatus, { className: string; prefix: string }> = {
  overdue: { className: "bg-red-50 text-red-800 ring-red-200", prefix: "Overdue since" },
  "due-this-week": { className: "bg-amber-50 text-amber-900 ring-amber-200", prefix: "Due" },
  "due-this-month": { className: "bg-sky-50 text-sky-900 ring-sky-200", prefix: "Due" },
  later: { className: "bg-slate-50 text-slate-700 ring-slate-200", prefix: "Due" },
  done: { className: "bg-brand-50 text-brand-800 ring-brand-200", prefix: "Deadline" },
};

/** A deadline (calendar date) with its urgency in words, not colour alone. */
export function DeadlineBadge({ deadline, status }: { deadline: string; status: DeadlineStatus }) {
  const style = styles[status];
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}>
      {style.prefix} <time dateTime={deadline} className="ml-1">{formatCalendarDate(deadline)}</time>
    </span>
  );
}
