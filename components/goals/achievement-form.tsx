"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/components/account/form-action";
import { REFLECTION_QUESTIONS, type ReflectionAnswers } from "./reflection-questions";

type Props = {
  action: FormAction;
  goalId: string;
  /** The saved answers, when editing the reflection of an achieved goal. */
  answers: ReflectionAnswers;
  submitLabel: string;
};

/** The four reflection questions in one form; every answer is optional. */
export function AchievementForm({ action, goalId, answers, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <FormMessage state={state} />
      {REFLECTION_QUESTIONS.map((question) => (
        <TextareaField
          key={question.name}
          label={question.label}
          name={question.name}
          rows={3}
          hint={question.hint}
          defaultValue={state.values?.[question.name] ?? answers[question.name] ?? ""}
          errors={state.fieldErrors?.[question.name]}
        />
      ))}
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
