"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmAnyway } from "@/components/ui/confirm-anyway";
import type { FormState } from "@/lib/validation/form-state";
import { REFLECTION_QUESTIONS, type ReflectionAnswers } from "./reflection-questions";

/** The achieve action may answer with a question ("2 of 3 steps are still open: mark achieved anyway?"). */
export type AchieveFormState = FormState & { confirm?: { openSteps: number } };

type Props = {
  action: (state: AchieveFormState, formData: FormData) => Promise<AchieveFormState>;
  goalId: string;
  /** The saved answers, when editing the reflection of an achieved goal. */
  answers: ReflectionAnswers;
  submitLabel: string;
};

/** The four reflection questions in one form; every answer is optional. */
export function AchievementForm({ action, goalId, answers, submitLabel }: Props) {
  const [state, formAction] = useActionState<AchieveFormState, FormData>(action, IDLE);
  const confirm = state.confirm;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      {confirm ? null : <FormMessage state={state} />}
      {REFLECTION_QUESTIONS.map((question) => (
        <TextareaField key={question.name} label={question.label} name={question.name} rows={3} hint={question.hint} defaultValue={state.values?.[question.name] ?? answers[question.name] ?? ""} errors={state.fieldErrors?.[question.name]} />
      ))}
      {confirm ? (
        <ConfirmAnyway id="shortfall-question" question="Mark achieved anyway?" warning={state.message}>
          <SubmitButton name="confirmShortfall" value="anyway" pendingLabel="Saving…">
            Mark achieved anyway
          </SubmitButton>
          {confirm.openSteps > 0 ? (
            <SubmitButton name="confirmShortfall" value="close-steps" variant="secondary" pendingLabel="Saving…">
              Mark the open steps done too
            </SubmitButton>
          ) : null}
        </ConfirmAnyway>
      ) : (
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      )}
    </form>
  );
}
