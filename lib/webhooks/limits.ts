// Webhook form limits, in a module without zod so the browser's form can show counters
// without loading zod (whose eval probe the CSP refuses).
export const WEBHOOK_LABEL_MAX = 60;
export const WEBHOOK_URL_MAX = 2000;
export const MAX_WEBHOOK_DESTINATIONS = 10;
