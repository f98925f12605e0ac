import type { FormState } from "./form-state";

/** The signature every form action has when used with useActionState. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A one-button form's action (no typed input): it returns nothing, the refreshed page is its answer. */
export type PlainAction = (formData: FormData) => Promise<void>;
