"use client";

// The guided way to write a goal: one SMART part per step, with examples, a live preview and the
// SMART check. All steps live in ONE form and inactive steps are only `hidden`, so moving back and
// forth keeps everything typed and the final submission carries every field; a server error
// opens the first step that has one. Without JavaScript every step is shown at once (see
// NO_SCRIPT_CSS), which makes the wizard a plain single form that still submits.
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { categoryLabel } from "@/lib/goals/categories";
import { isGoalCategory, smartDraftOf, targetPhrase, type GoalDraft, type GoalDraftField } from "@/lib/goals/goal-draft";
import { analyzeSmart, type SmartAnalysis, type SmartCheck } from "@/lib/goals/smart";
import { horizonGoalLabel, parseHorizon } from "@/lib/goals/horizon";
import { formatCalendarDate, isCalendarDate } from "@/lib/time/calendar-date";
import type { FieldErrors, FormState } from "@/lib/validation/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";
import { AttainableField, CategoryField, DeadlineField, HorizonField, MeasureFields, RelevantField, FeedbackStyleField, RewardField, SpecificField, TitleField, VisibilityField, type GoalFieldProps } from "./goal-fields";
import { SmartFeedback } from "./smart-feedback";
import { useStoredGoalDraft, type GoalDraftStorage } from "./stored-goal-draft";
import { useGoalForm } from "./use-goal-form";

type Step = {
  key: string;
  title: string;
  fields: readonly GoalDraftField[];
  intro: ReactNode;
  render: (props: GoalFieldProps) => ReactNode;
  /** The part of the SMART check this step answers, shown right under its fields on narrow screens. */
  check?: Exclude<keyof SmartAnalysis, "suggestedDeadline">;
};

const STEPS: readonly Step[] = [
  {
    key: "specific",
    check: "specific",
    title: "Specific",
    fields: ["title", "category", "specific"],
    intro: (
      <>
        Say exactly what will be different. Not <q>Earn more</q>, but <q>Earn $120k a year as a senior product designer by 2028</q>.
      </>
    ),
    render: (props) => (
      <>
        <TitleField {...props} />
        <CategoryField {...props} />
        <SpecificField {...props} />
      </>
    ),
  },
  {
    key: "measurable",
    check: "measurable",
    title: "Measurable",
    fields: ["measure", "baselineValue", "targetValue", "measureUnit"],
    intro: (
      <>
        How will you know you are there? Name what you will count and the target: a salary, a number of clients, credits towards a degree, or a finish line such as <q>signed offer for a UX role</q>.
      </>
    ),
    render: (props) => <MeasureFields {...props} />,
  },
  {
    key: "attainable",
    check: "attainable",
    title: "Attainable",
    fields: ["attainable"],
    intro: <>A goal should stretch you, not break you. Write down what you already have going for you and who can help; it is what you will lean on when it gets hard.</>,
    render: (props) => <AttainableField {...props} />,
  },
  {
    key: "relevant",
    check: "relevant",
    title: "Relevant",
    fields: ["relevant"],
    intro: <>Goals that grow out of your own values are the ones you keep. Say why this one matters to you; your answers on the Reflect page can help.</>,
    render: (props) => <RelevantField {...props} />,
  },
  {
    key: "time-bound",
    check: "timeBound",
    title: "Time-bound",
    fields: ["horizonYears", "deadline"],
    intro: <>A date turns a wish into a plan. Choose how far ahead the goal looks, then the day it will be done.</>,
    render: (props) => (
      <>
        <HorizonField {...props} />
        <DeadlineField {...props} />
      </>
    ),
  },
  {
    key: "share",
    title: "Sharing and reward",
    fields: ["visibility", "feedbackStyle", "reward"],
    intro: <>Last, decide who sees this goal, and how you will celebrate when you reach it.</>,
    render: (props) => (
      <>
        <VisibilityField {...props} />
        <FeedbackStyleField {...props} />
        <RewardField {...props} />
      </>
    ),
  },
];

const LAST_STEP = STEPS.length - 1;

/** The first step with a field error, or null when there is none. */
function firstStepWithError(errors: FieldErrors | undefined): number | null {
  if (!errors) return null;
  const index = STEPS.findIndex((step) => step.fields.some((field) => errors[field]?.length));
  return index === -1 ? null : index;
}

// Applies only when scripting is off (it is inside <noscript>): every step shown, the step
// buttons gone, the submit button visible. `@layer base` because Tailwind's preflight hides
// [hidden] with !important in that layer, and an important rule in a layer beats unlayered ones.
const NO_SCRIPT_CSS = `
@layer base { [data-wizard] [data-step-panel][hidden], [data-wizard] [data-wizard-submit][hidden] { display: block !important; } }
[data-wizard] [data-wizard-only] { display: none !important; }
`;

type SmartWizardProps = { action: FormAction; initial: GoalDraft; today: string; storage?: GoalDraftStorage };

export function SmartWizard({ action, initial, today, storage }: SmartWizardProps) {
  const { state, formAction, draft, setField, replaceDraft, formRef, submit, fieldProps } = useGoalForm(action, initial);
  const [step, setStep] = useState(() => firstStepWithError(state.fieldErrors) ?? 0);
  const restoreStep = useCallback((index: number) => setStep(Math.max(0, Math.min(LAST_STEP, Math.trunc(index)))), []);
  const stored = useStoredGoalDraft({ storage, initial, draft, replace: replaceDraft, state, step, setStep: restoreStep });
  const [answeredState, setAnsweredState] = useState<FormState>(state);
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  // Set by the step buttons: after the step changes, focus its heading, which announces
  // "Step 2 of 6: Measurable" and puts the keyboard at the top of the new step.
  const focusHeadingNext = useRef(false);

  // A new answer from the server: open the first step with an error (adjusting state while
  // rendering, as React recommends for state derived from a changed value).
  if (state !== answeredState) {
    setAnsweredState(state);
    const errorStep = firstStepWithError(state.fieldErrors);
    if (errorStep !== null) setStep(errorStep);
  }

  useEffect(() => {
    if (!focusHeadingNext.current) return;
    focusHeadingNext.current = false;
    headingRefs.current[step]?.focus();
  }, [step]);

  const analysis = analyzeSmart(smartDraftOf(draft), today);
  const goTo = (index: number) => {
    focusHeadingNext.current = true;
    setStep(Math.max(0, Math.min(LAST_STEP, index)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => submit(event, stored.onSubmitted);

  // Enter in a one-line field moves on rather than submitting a half-written goal.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target;
    if (event.key !== "Enter" || step === LAST_STEP || !(target instanceof HTMLInputElement)) return;
    if (["button", "submit", "reset"].includes(target.type)) return;
    event.preventDefault();
    goTo(step + 1);
  };

  return (
    <div data-wizard className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <noscript>
          <style dangerouslySetInnerHTML={{ __html: NO_SCRIPT_CSS }} />
          <p className="mb-6 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">All six steps are on this one page because JavaScript is off. Fill them in from top to bottom, then create your goal.</p>
        </noscript>
        <nav aria-label="Steps" data-wizard-only className="mb-6">
          <ol className="flex flex-wrap gap-1.5 sm:gap-2">
            {STEPS.map((item, index) => (
              <li key={item.key}>
                <button
                  type="button"
                  onClick={() => goTo(index)}
                  aria-current={index === step ? "step" : undefined}
                  className={`inline-flex items-center gap-2 rounded-full px-1.5 py-1.5 text-sm font-medium transition-colors sm:px-3 ${index === step ? "pr-3" : ""} ${index === step ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200"}`}
                >
                  <span aria-hidden="true" className={`grid size-5 place-items-center rounded-full text-xs ${index === step ? "bg-white/20" : "bg-white"}`}>
                    {index + 1}
                  </span>
                  {/* On a phone only the current step is named, so the six fit on one row. */}
                  <span className={index === step ? undefined : "sr-only sm:not-sr-only"}>{item.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>

        {stored.notice}
        <div className="has-[p]:mb-6">
          <FormMessage state={state} />
        </div>

        {STEPS.map((item, index) => (
          <section key={item.key} data-step-panel hidden={index !== step} aria-labelledby={`step-${item.key}-heading`} className="mb-6 space-y-5">
            <div className="space-y-1.5">
              <h2
                id={`step-${item.key}-heading`}
                ref={(element) => {
                  headingRefs.current[index] = element;
                }}
                tabIndex={-1}
                className="text-xl font-semibold tracking-tight focus:outline-none"
              >
                <span className="block text-sm font-semibold text-brand-700">
                  Step {index + 1} of {STEPS.length}:
                </span>{" "}
                {item.title}
              </h2>
              <p className="leading-relaxed text-slate-700">{item.intro}</p>
            </div>
            {item.render(fieldProps)}
            {item.check ? <StepCheck label={item.title} check={analysis[item.check]} /> : null}
          </section>
        ))}

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
          <Button type="button" variant="secondary" data-wizard-only hidden={step === 0} onClick={() => goTo(step - 1)}>
            Back
          </Button>
          {step < LAST_STEP ? (
            <Button type="button" data-wizard-only onClick={() => goTo(step + 1)} className="ml-auto">
              Next: {STEPS[step + 1]?.title}
            </Button>
          ) : null}
          <div data-wizard-submit hidden={step !== LAST_STEP} className="ml-auto">
            <SubmitButton pendingLabel="Creating…">Create goal</SubmitButton>
          </div>
        </div>
      </form>

      <aside aria-label="Your goal so far" className="space-y-6 lg:sticky lg:top-6">
        <GoalPreview draft={draft} />
        <SmartFeedback analysis={analysis} deadline={draft.deadline} onUseDeadline={(date) => setField("deadline", date)} />
      </aside>
    </div>
  );
}

/**
 * Below 1024 px the SMART check comes after the whole form; this puts the verdict on the part
 * this step answers directly under its fields, where the person is typing. (The full check
 * beside the form at ≥ 1024 px says the same.)
 */
function StepCheck({ label, check }: { label: string; check: SmartCheck }) {
  return (
    <div className={`rounded-lg border px-3 py-2.5 text-sm lg:hidden ${check.met ? "border-brand-200 bg-brand-50" : "border-amber-200 bg-amber-50"}`}>
      <p className={`font-semibold ${check.met ? "text-brand-800" : "text-amber-900"}`}>
        SMART check, {label}: {check.met ? "met" : "needs work"}
      </p>
      {check.suggestion ? <p className="mt-0.5 leading-relaxed text-slate-800">{check.suggestion}</p> : null}
    </div>
  );
}

/** The goal as it reads so far, updated as the person types. */
function GoalPreview({ draft }: { draft: GoalDraft }) {
  const title = draft.title.trim();
  const measure = [draft.measure.trim(), targetPhrase(draft)].filter(Boolean).join(": ");
  const deadline = isCalendarDate(draft.deadline) ? formatCalendarDate(draft.deadline) : "";
  const horizon = parseHorizon(draft.horizonYears);
  const details: [string, string][] = [
    ["Area", isGoalCategory(draft.category) ? categoryLabel(draft.category) : ""],
    ["Horizon", horizon === null ? "" : horizonGoalLabel(horizon)],
    ["Measured by", measure],
    ["Deadline", deadline],
    ["Seen by", draft.visibility === "BUDDIES" ? "You and your buddies" : "Only you"],
    ["Reward", draft.reward.trim()],
  ];
  const shown = details.filter(([, value]) => value);
  return (
    <section aria-labelledby="goal-preview-heading" className="rounded-2xl border border-brand-200 bg-brand-50 p-5">
      <h2 id="goal-preview-heading" className="text-sm font-semibold uppercase tracking-wide text-brand-800">
        Preview
      </h2>
      <p className={`mt-2 text-lg font-semibold leading-snug [overflow-wrap:anywhere] ${title ? "text-slate-900" : "text-slate-600"}`}>{title || "Your goal in one sentence appears here."}</p>
      {shown.length ? (
        <dl className="mt-3 space-y-1 text-sm">
          {shown.map(([term, value]) => (
            <div key={term} className="flex gap-2">
              <dt className="shrink-0 font-medium text-slate-700">{term}:</dt>
              <dd className="min-w-0 break-words text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
