import { formatDayMonthYear } from "@/lib/time/format";

/** "Last updated 20 Nov 2026", as a calendar date in the reader's time zone. */

export function LastUpdated({ date, timeZone }: { date: Date; timeZone: string }) {
  return (
    <p className="text-sm text-slate-600">
      Last updated <time dateTime={date.toISOString()}>{formatDayMonthYear(date, timeZone)}</time>
    </p>
  );
}
