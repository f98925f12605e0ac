// The goal form's fields, each defined once with its label, hint and example: the compact form
// and the SMART wizard arrange the same components. Inputs are controlled by a GoalDraft so the
// SMART check can follow what is typed; their names are GoalFormSchema's keys.
import { useCallback, useState, type ChangeEvent, type ReactNode } from "react";
import { GOAL_CATEGORIES } from "@/lib/goals/categories";
import { GOAL_TEXT_LIMITS } from "@/lib/goals/text-limits";
import { HORIZON_LABELS, HORIZON_RULE_TEXT } from "@/lib/goals/horizon";
import type { GoalDraft, GoalDraftField } from "@/lib/goals/goal-draft";
import type { FieldErrors as FieldErrorMap } from "@/lib/validation/form-state";
import { FieldFrame, TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";

export type SetGoalField = (field: GoalDraftField, value: string) => void;

export type GoalFieldProps = { draft: GoalDraft; errors?: FieldErrorMap; onChange: SetGoalField };

/** The draft the fields edit, starting from `initial`; `replace` swaps in a whole draft (a restored one). */
export function useGoalDraft(initial: GoalDraft): [GoalDraft, SetGoalField, (draft: GoalDraft) => void] {
  const [draft, setDraft] = useState(initial);
  const setField = useCallback<SetGoalField>((field, value) => setDraft((current) => ({ ...current, [field]: value })), []);
  return [draft, setField, setDraft];
}

/** Moves focus to the first field that has an error message, so it is seen and heard first. */
export function focusFirstInvalidField(form: HTMLFormElement | null): void {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input');
  field?.focus();
}

function Hint({ text, example }: { text: string; example?: string }) {
  return (
    <>
      {text}
      {example ? (
        <span className="mt-0.5 block text-slate-500">
          For example: <q>{example}</q>
        </span>
      ) : null}
    </>
  );
}

const inputId = (field: GoalDraftField) => `field-${field}`;
const TEXT_LIMITS: Partial<Record<GoalDraftField, number>> = GOAL_TEXT_LIMITS;

/** What ties a text control to one draft field: its name, value, change handler, errors and the schema's length limit. */
function bindText({ draft, errors, onChange }: GoalFieldProps, name: GoalDraftField) {
  return { name, value: draft[name], onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(name, event.target.value), limit: TEXT_LIMITS[name], errors: errors?.[name] };
}

/** The same for a group of radio cards. */
function bindChoice({ draft, errors, onChange }: GoalFieldProps, name: GoalDraftField) {
  return { name, value: draft[name], onChange: (value: string) => onChange(name, value), errors: errors?.[name] };
}

export function TitleField(props: GoalFieldProps) {
  return <TextField label="Your goal in one sentence" {...bindText(props, "title")} autoComplete="off" required hint={<Hint text="What will be different, and by when? Keep it short: details go under Specific." example="Earn $120k a year as a senior product designer by 2028" />} />;
}

export function CategoryField({ draft, errors, onChange }: GoalFieldProps) {
  const id = inputId("category");
  return (
    <FieldFrame inputId={id} label="Area" hint="The part of your career this goal grows." errors={errors?.category}>
      {(aria) => (
        <select id={id} name="category" value={draft.category} onChange={(event) => onChange("category", event.target.value)} required {...aria} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600">
          <option value="">Choose an area</option>
          {GOAL_CATEGORIES.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function SpecificField(props: GoalFieldProps) {
  return <TextareaField label="Specific: what exactly?" {...bindText(props, "specific")} hint={<Hint text="The role, skill, amount or result, and where or with whom." example="A senior product designer role at a health-tech company, leading the design of one product area." />} />;
}

export function MeasureFields(props: GoalFieldProps) {
  return (
    <div className="space-y-4">
      <TextField label="Measurable: what will you measure?" {...bindText(props, "measure")} autoComplete="off" hint={<Hint text="The number that shows progress, or the finish line in words." example="My base salary" />} />
      <fieldset className="space-y-2" aria-describedby="field-numbers-hint">
        <legend className="text-sm font-medium text-slate-800">From where to where (optional)</legend>
        <p id="field-numbers-hint" className="text-sm text-slate-600">
          With numbers, your progress shows as a bar: for example from 95000 to 120000 USD.
        </p>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label="Where you are now" {...bindText(props, "baselineValue")} inputMode="decimal" autoComplete="off" />
          <TextField label="Target" {...bindText(props, "targetValue")} inputMode="decimal" autoComplete="off" />
          <TextField label="Unit" {...bindText(props, "measureUnit")} autoComplete="off" placeholder="USD, clients, credits…" />
        </div>
      </fieldset>
    </div>
  );
}

export function AttainableField(props: GoalFieldProps) {
  return <TextareaField label="Attainable: why is it within reach?" {...bindText(props, "attainable")} hint={<Hint text="The skills and resources you already have, and who can help." example="I already lead design for two teams; my manager backs a promotion case and a mentor reviews my portfolio." />} />;
}

export function RelevantField(props: GoalFieldProps) {
  return <TextareaField label="Relevant: why does it matter to you?" {...bindText(props, "relevant")} hint={<Hint text="Link it to your values, or to what you wrote when you reflected." example="Security for my family, and work I am proud to show." />} />;
}

type RadioOption = { value: string; label: string; description: string };

function RadioGroup({ name, legend, hint, options, value, onChange, errors }: { name: GoalDraftField; legend: string; hint?: ReactNode; options: RadioOption[]; value: string; onChange: (value: string) => void; errors?: string[] }) {
  return (
    <FieldFrame group inputId={inputId(name)} label={legend} hint={hint} errors={errors}>
      {() => (
        <div className={`grid gap-2 ${options.length === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
          {options.map((option) => {
            const id = `field-${name}-${option.value}`;
            return (
              <div
                key={option.value}
                className={`relative flex items-start gap-3 rounded-lg border bg-white p-3 shadow-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${errors?.length ? "border-red-600" : "border-slate-300"}`}
              >
                <input id={id} type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} aria-describedby={`${id}-description`} className="relative z-10 mt-1 size-4 shrink-0 accent-brand-700 focus-visible:outline-none" />
                <div className="text-sm">
                  {/* The label covers the whole card, so a click anywhere on it chooses the option. */}
                  <label htmlFor={id} className="font-medium text-slate-900 after:absolute after:inset-0 after:cursor-pointer">
                    {option.label}
                  </label>
                  <p id={`${id}-description`} className="text-slate-600">
                    {option.description}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      )}
    </FieldFrame>
  );
}

const HORIZON_OPTIONS: RadioOption[] = [
  { value: "1", label: HORIZON_LABELS[1], description: "A next step you can see from here." },
  { value: "5", label: HORIZON_LABELS[5], description: "A career move that takes planning." },
  { value: "10", label: HORIZON_LABELS[10], description: "A long-term vision, reached in stages." },
];

export function HorizonField(props: GoalFieldProps) {
  return <RadioGroup {...bindChoice(props, "horizonYears")} legend="Horizon" hint={`How far ahead this goal looks. ${HORIZON_RULE_TEXT}`} options={HORIZON_OPTIONS} />;
}

export function DeadlineField(props: GoalFieldProps) {
  return <TextField label="Time-bound: the deadline" {...bindText(props, "deadline")} type="date" required hint="The day it will be done, in your time zone. Intermediate steps get their own dates later." className="max-w-xs" />;
}

const VISIBILITY_OPTIONS: RadioOption[] = [
  { value: "PRIVATE", label: "Private", description: "Only you can see it." },
  { value: "BUDDIES", label: "Shared with your buddies", description: "The buddies you pair with can see it, check in and review it with you." },
];

export function VisibilityField(props: GoalFieldProps) {
  return (
    <RadioGroup
      {...bindChoice(props, "visibility")}
      legend="Who can see this goal"
      hint={
        <>
          <strong className="font-semibold text-slate-800">Nothing is ever public.</strong> You can change this later.
        </>
      }
      options={VISIBILITY_OPTIONS}
    />
  );
}

const FEEDBACK_STYLE_OPTIONS: RadioOption[] = [
  { value: "", label: "Not said", description: "Your buddy's comment box suggests neutral questions." },
  { value: "ENCOURAGEMENT", label: "I am new to this", description: "Encouragement first, please: what is going well, and one small next step." },
  { value: "CANDID", label: "I have done this before", description: "Candid critique, please: what is weak, what you would change." },
];

/** How the owner wants their buddy's feedback on this goal; only the buddy of a shared goal sees it. */
export function FeedbackStyleField(props: GoalFieldProps) {
  return <RadioGroup {...bindChoice(props, "feedbackStyle")} legend="Feedback from your buddy (optional)" hint="Only a buddy you share this goal with sees it: their comment box suggests prompts that fit." options={FEEDBACK_STYLE_OPTIONS} />;
}

export function RewardField(props: GoalFieldProps) {
  return <TextField label="Reward (optional)" {...bindText(props, "reward")} autoComplete="off" hint={<Hint text="What you'll treat yourself to when you get there." example="A weekend away by the sea" />} />;
}
