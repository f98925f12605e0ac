import { PageLinks } from "@/components/ui/page-links";
import type { CheckInDto } from "@/lib/goals/get-goal";
import { CheckInEntry, type CheckInConversation } from "./check-in-entry";
import { toCheckInView } from "./check-in-view";

type Props = {
  checkIns: CheckInDto[];
  timeZone: string;
  unit: string;
  /** Link to the next, older page; null on the last page. */
  olderHref: string | null;
  /** Link back to the newest check-ins; null when already showing them. */
  newestHref: string | null;
  /** The buddy comment thread under a check-in, if any. */
  conversationFor?: (checkIn: CheckInDto) => CheckInConversation | null;
};

/** Check-ins, newest first, one page at a time. */
export function CheckInList({ checkIns, timeZone, unit, olderHref, newestHref, conversationFor }: Props) {
  return (
    <div className="space-y-4">
      {checkIns.length === 0 ? (
        <p className="text-slate-700">{newestHref ? "No older check-ins." : "No check-ins yet. Your first one starts the chart."}</p>
      ) : (
        <ol className="space-y-3" aria-label="Check-ins, newest first">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} id={`check-in-${checkIn.id}`} className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-4 target:ring-2 target:ring-amber-400">
              <CheckInEntry checkIn={toCheckInView(checkIn, { timeZone, unit, withAuthor: true })} conversation={conversationFor?.(checkIn) ?? null} />
            </li>
          ))}
        </ol>
      )}
      <PageLinks label="Check-in pages" newest={{ href: newestHref, text: "Back to the latest check-ins" }} older={{ href: olderHref, text: "Show older check-ins" }} />
    </div>
  );
}
