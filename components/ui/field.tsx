import type { ComponentProps, ReactNode } from "react";

type FrameProps = {
  inputId: string;
  label: string;
  /**
   * A group of controls (radio buttons): a fieldset named by a legend and described as a whole,
   * with the hint before the options (they can be long) rather than after the control.
   */
  group?: boolean;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** The text's length and its limit: a counter appears near the limit, and a warning beyond it. */
  count?: { length: number; limit: number };
  /** Renders the control with the ARIA attributes that tie it to its hint and errors. */
  children: (aria: { "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode;
};

/** A label, a control, its hint and its errors, wired together with aria-describedby. */
export function FieldFrame({ inputId, label, group = false, hint, errors, className = "", count, children }: FrameProps) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  const countShown = count !== undefined && count.length >= count.limit * 0.8;
  const countId = countShown ? `${inputId}-count` : undefined;
  const invalid = errors?.length ? true : undefined;
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(" ") || undefined;
  const hintText = hint ? (
    <p id={hintId} className="text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
  if (group) {
    return (
      <fieldset aria-describedby={describedBy} data-invalid={invalid ? "" : undefined} className={`space-y-2 ${className}`}>
        <legend className="text-sm font-medium text-slate-800">{label}</legend>
        {hintText}
        {children({ "aria-invalid": invalid, "aria-describedby": undefined })}
        <FieldErrors id={errorId} errors={errors} />
      </fieldset>
    );
  }
  return (
    <div className={`space-y-1.5 ${className}`}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ "aria-invalid": invalid, "aria-describedby": describedBy })}
      {countShown ? <CharacterCount id={countId} {...count} /> : null}
      {hintText}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/**
 * "150 of 160 characters", or how far over the limit the text is. Shown instead of the browser's
 * maxLength, which silently cuts pasted text: the person sees the limit and decides what to cut.
 */
function CharacterCount({ id, length, limit }: { id: string | undefined; length: number; limit: number }) {
  const over = length - limit;
  return (
    <p id={id} className={`text-sm ${over > 0 ? "font-medium text-red-700" : "text-slate-600"}`}>
      {over > 0 ? `${length.toLocaleString("en")} characters: ${over.toLocaleString("en")} over the limit of ${limit.toLocaleString("en")}. Shorten it to save.` : `${length} of ${limit} characters`}
    </p>
  );
}

/** The length a schema's max() checks: what is typed, less surrounding spaces. */
export function countFor(value: unknown, limit: number | undefined): { length: number; limit: number } | undefined {
  return limit !== undefined && typeof value === "string" ? { length: value.trim().length, limit } : undefined;
}

/** A labelled text control's props: its own element's, plus the label, hint, errors and length limit. */
export type LabelledControlProps<Element extends "input" | "textarea"> = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  /** The schema's maximum length; with a controlled `value`, a counter shows near it. */
  limit?: number;
  children?: never;
} & Omit<ComponentProps<Element>, "name" | "children">;

/** A labelled input with its hint and errors wired to aria-describedby. */
export function TextField({ label, name, errors, hint, limit, id, className, ...input }: LabelledControlProps<"input">) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldFrame inputId={inputId} label={label} hint={hint} errors={errors} className={className} count={countFor(input.value, limit)}>
      {(aria) => <input id={inputId} name={name} {...aria} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid]:border-red-600" {...input} />}
    </FieldFrame>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="space-y-0.5 text-sm font-medium text-red-700">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}
