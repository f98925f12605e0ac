import { countFor, FieldFrame, type LabelledControlProps } from "./field";

/** A labelled textarea with its hint and errors wired to aria-describedby (TextField's sibling). */
export function TextareaField({ label, name, errors, hint, limit, id, className, rows = 3, ...textarea }: LabelledControlProps<"textarea">) {
  const textareaId = id ?? `field-${name}`;
  return (
    <FieldFrame inputId={textareaId} label={label} hint={hint} errors={errors} className={className} count={countFor(textarea.value, limit)}>
      {(aria) => <textarea id={textareaId} name={name} rows={rows} {...aria} className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 leading-relaxed text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid]:border-red-600" {...textarea} />}
    </FieldFrame>
  );
}
