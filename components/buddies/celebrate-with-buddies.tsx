"use client";
// On the celebration screen: for each buddy, tell them the news (a private goal only by choice,
// and then only its title and reward) and suggest a time to celebrate, which lands in both
// calendars as an invitation.
import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import type { FormAction } from "@/lib/validation/form-action";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export type CelebrationPartnerView = { pairingId: string; buddyName: string; told: boolean; celebrateText: string | null };

type Props = {
  goalId: string;
  goalIsPrivate: boolean;
  partners: CelebrationPartnerView[];
  defaults: { date: string; time: string };
  timeZone: string;
  actions: { share: FormAction; suggest: FormAction };
};

function ShareNewsForm({ action, goalId, partner, goalIsPrivate }: { action: FormAction; goalId: string; partner: CelebrationPartnerView; goalIsPrivate: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="pairingId" value={partner.pairingId} />
      {goalIsPrivate ? <p className="text-sm text-slate-700">This goal is private: {partner.buddyName} will see only its title and reward.</p> : null}
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Send {partner.buddyName} the news
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

function SuggestForm({ action, goalId, partner, defaults, timeZone }: { action: FormAction; goalId: string; partner: CelebrationPartnerView; defaults: Props["defaults"]; timeZone: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const prefix = `celebrate-${partner.pairingId}`;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="pairingId" value={partner.pairingId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${prefix}-date`} label="Date" name="date" type="date" required defaultValue={typed?.date ?? defaults.date} errors={state.fieldErrors?.date} />
        <TextField id={`${prefix}-time`} label="Time" name="time" type="time" required defaultValue={typed?.time ?? defaults.time} errors={state.fieldErrors?.time} />
      </div>
      <p className="text-sm text-slate-600">In your time zone, {timeZone}. You both get a calendar invitation.</p>
      <SubmitButton pendingLabel="Sending…">{partner.celebrateText ? `Move the celebration with ${partner.buddyName}` : `Suggest celebrating with ${partner.buddyName}`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function CelebrateWithBuddies({ goalId, goalIsPrivate, partners, defaults, timeZone, actions }: Props) {
  return (
    <ul className="space-y-5">
      {partners.map((partner) => (
        <li key={partner.pairingId} className="space-y-3 rounded-xl border border-slate-200 p-4">
          <h3 className="font-semibold text-slate-900">{partner.buddyName}</h3>
          {partner.told ? (
            <p className="text-sm text-slate-700">
              <span aria-hidden="true">✓ </span>
              {partner.buddyName} knows: they can cheer or congratulate you.
            </p>
          ) : (
            <ShareNewsForm action={actions.share} goalId={goalId} partner={partner} goalIsPrivate={goalIsPrivate} />
          )}
          {partner.celebrateText ? (
            <p className="text-sm font-medium text-slate-800" data-testid="celebration-time">
              Celebration planned: {partner.celebrateText}
            </p>
          ) : null}
          <SuggestForm action={actions.suggest} goalId={goalId} partner={partner} defaults={defaults} timeZone={timeZone} />
        </li>
      ))}
    </ul>
  );
}
