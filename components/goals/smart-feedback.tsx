"use client";

// The SMART check beside the goal form: each part "Met" or "Needs work" in words (colour only
// repeats it), with the suggestion. Only the count is announced, politely, as it changes; the
// suggestions are read where they are, so typing is not interrupted by a running commentary.
import { useEffect, useRef, useState } from "react";
import type { SmartAnalysis, SmartCheck } from "@/lib/goals/smart";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { Button } from "@/components/ui/button";

const PARTS = [
  { key: "specific", label: "Specific" },
  { key: "measurable", label: "Measurable" },
  { key: "attainable", label: "Attainable" },
  { key: "relevant", label: "Relevant" },
  { key: "timeBound", label: "Time-bound" },
] as const satisfies readonly { key: keyof SmartAnalysis; label: string }[];

function metCount(analysis: SmartAnalysis): number {
  return PARTS.filter((part) => analysis[part.key].met).length;
}

type SmartFeedbackProps = {
  analysis: SmartAnalysis;
  /** The deadline currently set, so the "deadline set" note disappears once it changes. */
  deadline: string;
  onUseDeadline: (date: string) => void;
};

export function SmartFeedback({ analysis, deadline, onUseDeadline }: SmartFeedbackProps) {
  const [usedDeadline, setUsedDeadline] = useState<string | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const showNote = usedDeadline !== null && usedDeadline === deadline;
  // The button disappears once used: keep the keyboard user's place on the note that replaces it.
  useEffect(() => {
    if (usedDeadline) noteRef.current?.focus();
  }, [usedDeadline]);

  const suggested = analysis.suggestedDeadline;
  const met = metCount(analysis);
  return (
    <section aria-labelledby="smart-check-heading" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="smart-check-heading" className="text-lg font-semibold">
        SMART check
      </h2>
      <p role="status" aria-live="polite" aria-atomic="true" className="mt-1 text-sm font-medium text-slate-700">
        {met} of {PARTS.length} SMART parts met
      </p>
      <ul className="mt-4 space-y-3">
        {PARTS.map((part) => (
          <SmartPart key={part.key} label={part.label} check={analysis[part.key]} />
        ))}
      </ul>
      {suggested ? (
        <div className="mt-4">
          <Button
            type="button"
            variant="secondary"
            className="w-full"
            onClick={() => {
              onUseDeadline(suggested);
              setUsedDeadline(suggested);
            }}
          >
            Use {formatCalendarDate(suggested)} as the deadline
          </Button>
        </div>
      ) : null}
      {showNote ? (
        <p ref={noteRef} tabIndex={-1} className="mt-4 rounded-lg bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800">
          Deadline set to {formatCalendarDate(usedDeadline)}.
        </p>
      ) : null}
    </section>
  );
}

function SmartPart({ label, check }: { label: string; check: SmartCheck }) {
  return (
    <li className="border-t border-slate-100 pt-3 first:border-t-0 first:pt-0">
      <div className="flex items-center justify-between gap-3">
        <span className="font-medium text-slate-900">{label}</span>
        {check.met ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-inset ring-brand-200">
            <span aria-hidden="true">✓</span> Met
          </span>
        ) : (
          <span className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-200">
            <span aria-hidden="true">○</span> Needs work
          </span>
        )}
      </div>
      {check.suggestion ? <p className="mt-1 text-sm leading-relaxed text-slate-600">{check.suggestion}</p> : null}
    </li>
  );
}
