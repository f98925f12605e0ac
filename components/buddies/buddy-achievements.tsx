"use client";
// A buddy's achievements you were told about: title, reward, when, and your cheer or words.
// Only what the owner chose to tell is here (a private goal's news has no other details).
import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export type BuddyAchievementView = {
  goalId: string;
  title: string;
  reward: string | null;
  achievedText: string | null;
  celebrateText: string | null;
  cheered: boolean;
  myCongratulations: { id: string; body: string }[];
};

function CongratulateForm({ action, goalId }: { action: FormAction; goalId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <TextareaField id={`congratulate-${goalId}`} label="Write a congratulation" name="body" rows={2} required defaultValue={state.status === "error" ? state.values?.body : undefined} errors={state.fieldErrors?.body} />
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Send congratulations
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function BuddyAchievements({ ownerName, achievements, actions }: { ownerName: string; achievements: BuddyAchievementView[]; actions: { cheer: PlainAction; congratulate: FormAction } }) {
  return (
    <ul className="space-y-4">
      {achievements.map((achievement) => (
        <li key={achievement.goalId} id={`achievement-${achievement.goalId}`} className="scroll-mt-6 space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-4 target:ring-2 target:ring-amber-400">
          <h3 className="font-semibold text-slate-900">
            <span aria-hidden="true">🏆 </span>
            {achievement.title}
          </h3>
          <p className="text-sm text-slate-700">
            {ownerName} reached this goal{achievement.achievedText ? ` on ${achievement.achievedText}` : ""}.{achievement.reward ? ` Their reward: ${achievement.reward}` : ""}
          </p>
          {achievement.celebrateText ? <p className="text-sm font-medium text-slate-800">Celebration planned: {achievement.celebrateText}</p> : null}
          {achievement.myCongratulations.length > 0 ? (
            <ul className="space-y-1 text-sm text-slate-800" aria-label="Your congratulations">
              {achievement.myCongratulations.map((entry) => (
                <li key={entry.id} className="whitespace-pre-line">
                  <strong className="font-semibold">You:</strong> {entry.body}
                </li>
              ))}
            </ul>
          ) : null}
          {achievement.cheered ? (
            <p className="text-sm text-slate-700">
              <span aria-hidden="true">🎉 </span>You cheered.
            </p>
          ) : (
            <form action={actions.cheer}>
              <input type="hidden" name="goalId" value={achievement.goalId} />
              <SubmitButton variant="secondary" pendingLabel="Cheering…">
                Cheer <span className="sr-only">{achievement.title}</span>
              </SubmitButton>
            </form>
          )}
          <CongratulateForm action={actions.congratulate} goalId={achievement.goalId} />
        </li>
      ))}
    </ul>
  );
}
