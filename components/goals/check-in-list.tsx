import { PageLinks } from "@/components/ui/page-links";
import type { ReactNode } from "react";
import type { CheckInDto } from "@/lib/goals/get-goal";
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatDayMonthYear } from "@/components/reflect/last-updated";
import { dateTimeFormat } from "@/lib/time/date-time-format";

type Props = {
  checkIns: CheckInDto[];
  timeZone: string;
  unit: string;
  /** Link to the next, older page; null on the last page. */
  olderHref: string | null;
  /** Link back to the newest check-ins; null when already showing them. */
  newestHref: string | null;
  /** Extra content under each check-in (the buddy comment thread). */
  renderBelow?: (checkIn: CheckInDto) => ReactNode;
};

function formatTime(date: Date, timeZone: string): string {
  return dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(date);
}

/** Check-ins, newest first, one page at a time. */
export function CheckInList({ checkIns, timeZone, unit, olderHref, newestHref, renderBelow }: Props) {
  return (
    <div className="space-y-4">
      {checkIns.length === 0 ? (
        <p className="text-slate-700">{newestHref ? "No older check-ins." : "No check-ins yet. Your first one starts the chart."}</p>
      ) : (
        <ol className="space-y-3" aria-label="Check-ins, newest first">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} id={`check-in-${checkIn.id}`} className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600">
                <time dateTime={checkIn.createdAt.toISOString()} className="font-semibold text-slate-900">
                  {`${formatDayMonthYear(checkIn.createdAt, timeZone)}, ${formatTime(checkIn.createdAt, timeZone)}`}
                </time>
                <span>{checkIn.authorName}</span>
                {checkIn.progressValue !== null ? (
                  <span className="pill pill-sky">{`Value: ${formatNumber(checkIn.progressValue)}${unit ? ` ${unit}` : ""}`}</span>
                ) : null}
              </p>
              <p className="note mt-1">{checkIn.note}</p>
              {renderBelow?.(checkIn)}
            </li>
          ))}
        </ol>
      )}
      <PageLinks label="Check-in pages" newest={{ href: newestHref, text: "Back to the latest check-ins" }} older={{ href: olderHref, text: "Show older check-ins" }} />
    </div>
  );
}
