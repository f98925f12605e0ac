import type { ComponentProps, ReactNode } from "react";

type FrameProps = {
  inputId: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** Renders the control with the ARIA attributes that tie it to its hint and errors. */
  children: (aria: { "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode;
};

/** A label, a control, its hint and its errors, wired together with aria-describedby. */
export function FieldFrame({ inputId, label, hint, errors, className = "", children }: FrameProps) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={`space-y-1.5 ${className}`}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ "aria-invalid": errors?.length ? true : undefined, "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined })}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  children?: never;
} & Omit<ComponentProps<"input">, "name" | "children">;

/** A labelled input with its hint and errors wired to aria-describedby. */
export function TextField({ label, name, errors, hint, id, className, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldFrame inputId={inputId} label={label} hint={hint} errors={errors} className={className}>
      {(aria) => (
        <input
          id={inputId}
          name={name}
          {...aria}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid]:border-red-600"
          {...input}
        />
      )}
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
