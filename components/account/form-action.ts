import type { FormState } from "@/lib/validation/form-state";

/** The signature every form action has when used with useActionState. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
