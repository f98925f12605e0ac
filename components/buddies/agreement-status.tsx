// Who has accepted "our agreement", and when: "you ✓ 3 Dec · Grace ✓ 4 Dec".
import type { AgreementAcceptance } from "@/lib/buddies/pairings";
import { dateTimeFormat } from "@/lib/time/date-time-format";

/** "3 Dec", built from parts so it reads the same on every ICU. */
function formatDayMonth(date: Date, timeZone: string): string {
  const parts = dateTimeFormat("en-US", { day: "numeric", month: "short", timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("day")} ${part("month")}`;
}

export function AgreementStatus({ acceptance, buddyName, timeZone }: { acceptance: AgreementAcceptance; buddyName: string; timeZone: string }) {
  const mark = (at: Date | null) => (at ? `✓ ${formatDayMonth(at, timeZone)}` : "not yet");
  return (
    <p className="text-sm text-slate-700" data-testid="agreement-status">
      <span className="font-semibold text-slate-900">{acceptance.agreed ? "Agreed by you both: " : "Waiting for agreement: "}</span>
      {`you ${mark(acceptance.youAcceptedAt)} · ${buddyName} ${mark(acceptance.buddyAcceptedAt)}`}
    </p>
  );
}
