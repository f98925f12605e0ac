import Link from "next/link";
import type { WeeklyReportDto } from "@/lib/buddies/weekly-reports";
import { periodLabel } from "@/lib/buddies/report-period";
import { Notice } from "@/components/ui/card";
import { CardSection } from "@/components/ui/card-section";
import type { FormAction } from "@/lib/validation/form-action";
import { ReportModeForm } from "./pairing-wish-form";
import { ReportAnswerForm } from "./report-answer-form";
import { WeeklyReportForm } from "./weekly-report-form";

type Props = {
  pairingId: string;
  buddyName: string;
  mode: string;
  draft: WeeklyReportDto | null;
  reports: WeeklyReportDto[];
  olderHref: string | null;
  actions: { send: FormAction; answer: FormAction; mode: FormAction };
  /** What the reader just did (`?report=`), said once at the top of the section. */
  notice?: string;
};

function Part({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-900">{label}</dt>
      <dd className="whitespace-pre-line break-words text-slate-800">{text}</dd>
    </div>
  );
}

/** Reports both ways, newest first; the reader's draft to send; the buddy's answer form. */
const NOTICES: Record<string, string> = {
  sent: "Sent. Your buddy gets it by email and in Stepwise.",
  answered: "Answered. Thank you: your advice is waiting for them.",
};

export function WeeklyReportsSection({ pairingId, buddyName, mode, draft, reports, olderHref, actions, notice }: Props) {
  const noticeText = notice ? NOTICES[notice] : undefined;
  return (
    <CardSection id="reports" title="Weekly reports">
      <p className="text-slate-700">A short report each period of your check-in rhythm (done, stuck, next), drafted by Stepwise from your shared goals. {buddyName} answers with one piece of advice. Only you see a draft until you send it.</p>
      {noticeText ? (
        <div role="status" className="mt-4">
          <Notice tone="success">{noticeText}</Notice>
        </div>
      ) : null}

      {draft ? (
        <div className="mt-5 rounded-xl border border-brand-200 bg-brand-50 p-4">
          <h3 className="font-semibold text-slate-900">Your report for {periodLabel(draft.periodStart, draft.periodEnd)} is ready</h3>
          <p className="mb-4 text-sm text-slate-700">Change anything you like, then send it.</p>
          <WeeklyReportForm action={actions.send} pairingId={pairingId} reportId={draft.id} draft={{ done: draft.done, stuck: draft.stuck, next: draft.next }} buddyName={buddyName} />
        </div>
      ) : null}

      {reports.length === 0 ? (
        <p className="mt-5 text-slate-700">No reports yet.</p>
      ) : (
        <ol className="mt-5 space-y-4">
          {reports.map((report) => (
            <li key={report.id} id={`report-${report.id}`} className="scroll-mt-24 rounded-xl border border-slate-200 p-4">
              <h3 className="font-semibold text-slate-900">
                {report.byMe ? "Your report" : `${buddyName}'s report`}, {periodLabel(report.periodStart, report.periodEnd)}
              </h3>
              <dl className="mt-3 space-y-3">
                <Part label="Done" text={report.done} />
                <Part label="Stuck" text={report.stuck} />
                <Part label="Next" text={report.next} />
              </dl>
              {report.answeredAt ? (
                <div className="mt-4 border-t border-slate-100 pt-4">
                  <dl className="space-y-3">
                    <Part label={report.byMe ? `${buddyName}'s answer` : "Your answer"} text={report.reply ?? ""} />
                    <Part label="One piece of advice" text={report.advice ?? ""} />
                  </dl>
                </div>
              ) : report.byMe ? (
                <p className="mt-4 text-sm text-slate-600">{buddyName} has not answered yet.</p>
              ) : (
                <div className="mt-4 border-t border-slate-100 pt-4">
                  <ReportAnswerForm action={actions.answer} pairingId={pairingId} reportId={report.id} authorName={buddyName} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {olderHref ? (
        <p className="mt-4">
          <Link href={olderHref} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
            Older reports
          </Link>
        </p>
      ) : null}

      <div className="mt-5 border-t border-slate-100 pt-5">
        <ReportModeForm action={actions.mode} pairingId={pairingId} mode={mode} />
      </div>
    </CardSection>
  );
}
