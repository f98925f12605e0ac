"use client";

// The compact goal form: every field on one page with the SMART check beside it, for people who
// know the drill, for editing, and as the form that works without JavaScript.
import type { ReactNode } from "react";
import { smartDraftOf, type GoalDraft } from "@/lib/goals/goal-draft";
import { analyzeSmart } from "@/lib/goals/smart";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";
import { AttainableField, CategoryField, DeadlineField, HorizonField, MeasureFields, RelevantField, FeedbackStyleField, RewardField, SpecificField, TitleField, VisibilityField } from "./goal-fields";
import { SmartFeedback } from "./smart-feedback";
import { useStoredGoalDraft, type GoalDraftStorage } from "./stored-goal-draft";
import { useGoalForm } from "./use-goal-form";

type GoalFormProps = {
  action: FormAction;
  initial: GoalDraft;
  /** The owner's today (YYYY-MM-DD), for the SMART check. */
  today: string;
  submitLabel: string;
  pendingLabel: string;
  cancelHref?: string;
  /** Keep the draft in the browser (new goals). */
  storage?: GoalDraftStorage;
};

export function GoalForm({ action, initial, today, submitLabel, pendingLabel, cancelHref, storage }: GoalFormProps) {
  const { state, formAction, draft, setField, replaceDraft, formRef, submit, fieldProps } = useGoalForm(action, initial);
  const stored = useStoredGoalDraft({ storage, initial, draft, replace: replaceDraft, state });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <form ref={formRef} action={formAction} onSubmit={(event) => submit(event, stored.onSubmitted)} noValidate className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        {stored.notice}
        <div className="has-[p]:mb-6">
          <FormMessage state={state} />
        </div>
        <div className="space-y-8">
          <FormSection id="goal-section" title="The goal">
            <TitleField {...fieldProps} />
            <CategoryField {...fieldProps} />
            <HorizonField {...fieldProps} />
          </FormSection>
          <FormSection id="smart-section" title="Make it SMART">
            <SpecificField {...fieldProps} />
            <MeasureFields {...fieldProps} />
            <AttainableField {...fieldProps} />
            <RelevantField {...fieldProps} />
            <DeadlineField {...fieldProps} />
          </FormSection>
          <FormSection id="share-section" title="Sharing and reward">
            <VisibilityField {...fieldProps} />
            <FeedbackStyleField {...fieldProps} />
            <RewardField {...fieldProps} />
          </FormSection>
        </div>
        <div className="mt-8 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
          <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
          {cancelHref ? (
            <ButtonLink href={cancelHref} variant="ghost">
              Cancel
            </ButtonLink>
          ) : null}
        </div>
      </form>
      <aside aria-label="SMART check" className="lg:sticky lg:top-6">
        <SmartFeedback analysis={analyzeSmart(smartDraftOf(draft), today)} deadline={draft.deadline} onUseDeadline={(date) => setField("deadline", date)} />
      </aside>
    </div>
  );
}

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
