// How a report's period reads: "4 Jan 2027 – 10 Jan 2027".
import { formatCalendarDate, fromDbDate } from "@/lib/time/calendar-date";

export const periodLabel = (periodStart: Date, periodEnd: Date) => `${formatCalendarDate(fromDbDate(periodStart))} – ${formatCalendarDate(fromDbDate(periodEnd))}`;
