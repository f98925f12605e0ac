import { dateTimeFormat } from "@/lib/time/date-time-format";

/**
 * "Last updated 20 Nov 2026", as a calendar date in the reader's time zone. Built from parts so
 * the month reads the same whatever ICU version the server has ("Sep", never "Sept").
 */
export function formatDayMonthYear(date: Date, timeZone: string): string {
  const parts = dateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}`;
}

export function LastUpdated({ date, timeZone }: { date: Date; timeZone: string }) {
  return (
    <p className="text-sm text-slate-600">
      Last updated <time dateTime={date.toISOString()}>{formatDayMonthYear(date, timeZone)}</time>
    </p>
  );
}
