import type { DeadlineStatus } from "@/lib/goals/progress";
import { formatCalendarDate } from "@/lib/time/calendar-date";

const styles: Record<DeadlineStatus, { className: string; prefix: string }> = {
  overdue: { className: "pill-red", prefix: "Overdue since" },
  "due-this-week": { className: "pill-amber", prefix: "Due" },
  "due-this-month": { className: "pill-sky", prefix: "Due" },
  later: { className: "pill-slate", prefix: "Due" },
  done: { className: "pill-brand", prefix: "Deadline" },
};

/** A deadline (calendar date) with its urgency in words, not colour alone. */
export function DeadlineBadge({ deadline, status }: { deadline: string; status: DeadlineStatus }) {
  const style = styles[status];
  return (
    <span className={`deadline ${style.className}`}>
      {`${style.prefix} `}
      <time dateTime={deadline} className="ml-1">
        {formatCalendarDate(deadline)}
      </time>
    </span>
  );
}
