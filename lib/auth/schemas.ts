// Validation for every account form; shared by the forms (field names) and the actions.
import { z } from "zod";
import { PasswordSchema } from "./password-policy";
import { TimeZoneSchema } from "@/lib/time/time-zone";

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const NameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.")
  .refine((name) => !/[\r\n<>]/.test(name), "Names cannot contain line breaks or angle brackets.");

export const SignUpSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  timeZone: TimeZoneSchema.catch("UTC"),
});

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});

export const EmailOnlySchema = z.object({ email: EmailSchema });

export const TokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

export const ResetPasswordSchema = z.object({ token: TokenSchema, password: PasswordSchema, confirmPassword: z.string() }).refine((form) => form.password === form.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().max(1024),
    newPassword: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const ProfileSchema = z.object({ name: NameSchema, timeZone: TimeZoneSchema });

export const DeleteAccountSchema = z.object({ confirmEmail: z.string().trim().toLowerCase().min(1, "Type your email address to confirm.") });
