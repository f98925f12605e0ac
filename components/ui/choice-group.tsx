import type { ReactNode } from "react";
import { FieldFrame } from "./field";

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

type ChoiceGroupProps = {
  /** Radio buttons (one value), or checkboxes whose values all post under one name (the action lists it). */
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  choices: readonly Choice[];
  /** The values checked when the form renders: the saved ones, or what was echoed after an error. */
  checked: readonly string[];
  errors?: string[];
  /** Short labels side by side, wrapping, rather than one under another. */
  inline?: boolean;
};

/** A fieldset of radio buttons or checkboxes, each with its label and optional hint, and the group's errors. */
export function ChoiceGroup({ type, name, legend, choices, checked, errors, inline = false }: ChoiceGroupProps) {
  return (
    <FieldFrame group inputId={`field-${name}`} label={legend} errors={errors}>
      {() => (
        <div className={inline ? "flex flex-wrap gap-x-5 gap-y-2" : "space-y-2"}>
          {choices.map((choice) => {
            const id = `${name}-${choice.value}`;
            const hintId = choice.hint ? `${id}-hint` : undefined;
            return (
              <div key={choice.value} className={`flex gap-2 ${hintId ? "items-start" : "items-center"}`}>
                <input type={type} id={id} name={name} value={choice.value} defaultChecked={checked.includes(choice.value)} aria-describedby={hintId} className={`h-4 w-4 border-slate-400 text-brand-700 ${hintId ? "mt-1" : ""}`} />
                <label htmlFor={id} className="text-slate-900">
                  {hintId ? <span className="font-medium">{choice.label}</span> : choice.label}
                  {hintId ? (
                    <span id={hintId} className="block text-sm text-slate-600">
                      {choice.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </div>
      )}
    </FieldFrame>
  );
}
