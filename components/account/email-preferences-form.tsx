"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { REMINDER_OFFSET_CHOICES, type EmailPreferences } from "@/lib/account/email-preference-choices";
import { FieldErrors } from "@/components/ui/field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

const MODES = [
  { value: "each", label: "One email per reminder", hint: "On the days you choose below." },
  { value: "digest", label: "A weekly digest", hint: "One email on Monday with everything overdue or due in the next two weeks." },
  { value: "off", label: "Off", hint: "No deadline emails. Your dashboard still shows what is due." },
] as const;

const offsetLabel = (days: number) => (days === 0 ? "On the day" : days === 1 ? "1 day before" : `${days} days before`);
const OFFSET_CHOICES = REMINDER_OFFSET_CHOICES.map((days) => ({ value: String(days), label: offsetLabel(days) }));
const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

const TOGGLES = [
  { name: "overdueReminders", label: "Overdue nudge", hint: "One email the day after a deadline passes, if it is still open." },
  { name: "buddyNudges", label: "Buddy nudges", hint: "When a buddy's shared deadline is near, or a check-in is overdue for the rhythm you agreed." },
  { name: "buddyActivityEmails", label: "Buddy comments and cheers", hint: "At most one email an hour per buddy. Notifications in Stepwise stay on." },
  { name: "buddyAchievementEmails", label: "Buddy achievements", hint: "When a buddy reaches a goal they tell you about. Notifications in Stepwise stay on." },
  { name: "weeklyReportEmails", label: "Weekly reports", hint: "When your weekly report to a buddy is ready to send, and when a buddy sends you theirs. Reports start only when you turn them on for a buddy." },
  { name: "reviewReminders", label: "Review session reminders", hint: "7 days, 1 day and 1 hour before a review with your buddy." },
] as const;

export function EmailPreferencesForm({ action, preferences, timeZone }: { action: FormAction; preferences: EmailPreferences; timeZone: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const echoed = state.status === "error" ? state.values : undefined;
  const mode = echoed?.deadlineMode ?? preferences.deadlineMode;
  const offsets = echoed ? (echoed.offsets ?? "").split(",").filter(Boolean).map(Number) : preferences.offsets;
  const hour = echoed?.reminderHour ? Number(echoed.reminderHour) : preferences.reminderHour;
  const enabled = (name: (typeof TOGGLES)[number]["name"]) => (echoed ? echoed[name] === "on" : preferences[name]);
  // A new key after each save result resets the uncontrolled inputs to what was saved or echoed.
  const formKey = `${state.status}-${state.message ?? ""}-${JSON.stringify(echoed ?? {})}`;
  return (
    <form key={formKey} action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <ChoiceGroup type="radio" name="deadlineMode" legend="Deadline reminders" choices={MODES} checked={[mode]} errors={state.fieldErrors?.deadlineMode} />
      <ChoiceGroup type="checkbox" inline name="offsets" legend="Remind me" choices={OFFSET_CHOICES} checked={offsets.map(String)} errors={state.fieldErrors?.offsets} />
      <div className="space-y-1.5">
        <label htmlFor="field-reminderHour" className="block text-sm font-medium text-slate-800">
          Send reminders at
        </label>
        <select id="field-reminderHour" name="reminderHour" defaultValue={hour} aria-describedby="field-reminderHour-hint" className="block w-40 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm">
          {Array.from({ length: 24 }, (_, value) => (
            <option key={value} value={value}>
              {hourLabel(value)}
            </option>
          ))}
        </select>
        <p id="field-reminderHour-hint" className="text-sm text-slate-600">
          Your time ({timeZone.replaceAll("_", " ")}), also for the digest and buddy nudges.
        </p>
        <FieldErrors id="field-reminderHour-error" errors={state.fieldErrors?.reminderHour} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Other emails</legend>
        {TOGGLES.map((toggle) => (
          <div key={toggle.name} className="flex items-start gap-2">
            <input type="checkbox" id={`toggle-${toggle.name}`} name={toggle.name} defaultChecked={enabled(toggle.name)} className="mt-1 h-4 w-4" aria-describedby={`toggle-${toggle.name}-hint`} />
            <label htmlFor={`toggle-${toggle.name}`} className="text-slate-800">
              <span className="font-medium">{toggle.label}</span>
              <span id={`toggle-${toggle.name}-hint`} className="block text-sm text-slate-600">
                {toggle.hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save email settings</SubmitButton>
    </form>
  );
}
