// The Settings → API form's schema: a name, at least one scope, an expiry.
import { z } from "zod";
import { API_SCOPES, API_TOKEN_EXPIRY_CHOICES } from "./scopes";

export const API_TOKEN_NAME_MAX = 80;

export const CreateApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after where you use it, like “Raycast” or “my laptop”.").max(API_TOKEN_NAME_MAX, `Keep the name to ${API_TOKEN_NAME_MAX} characters.`),
  scopes: z.array(z.enum(API_SCOPES, "Choose from the listed permissions.")).min(1, "Choose at least one permission."),
  expiresIn: z.enum(API_TOKEN_EXPIRY_CHOICES, "Choose when the token expires."),
});

export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;
