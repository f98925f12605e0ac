import type { ComponentProps, ReactNode } from "react";
import { FieldErrors } from "./field";

type TextareaFieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  children?: never;
} & Omit<ComponentProps<"textarea">, "name" | "children">;

/** A labelled textarea with its hint and errors wired to aria-describedby (TextField's sibling). */
export function TextareaField({ label, name, errors, hint, id, className = "", rows = 3, ...textarea }: TextareaFieldProps) {
  const textareaId = id ?? `field-${name}`;
  const hintId = hint ? `${textareaId}-hint` : undefined;
  const errorId = errors?.length ? `${textareaId}-error` : undefined;
  return (
    <div className={`space-y-1.5 ${className}`}>
      <label htmlFor={textareaId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={textareaId}
        name={name}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 leading-relaxed text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid]:border-red-600"
        {...textarea}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
