// The purposes webhook secrets are sealed under (see lib/security/sealed-text.ts).
export const URL_PURPOSE = "webhook-url";
export const SECRET_PURPOSE = "webhook-signing-secret";
