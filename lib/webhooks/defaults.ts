// The operator's defaults for new destinations: WEBHOOK_DEFAULT_EVENTS, a comma-separated list
// of event names (see events.ts), preselects what a new destination sends. Unset: all of them.
import "server-only";
import { getEnv } from "@/lib/config/env";
import { WEBHOOK_EVENTS, type WebhookEvent } from "./events";

export function defaultWebhookEvents(): WebhookEvent[] {
  const configured = getEnv().WEBHOOK_DEFAULT_EVENTS;
  if (!configured) return [...WEBHOOK_EVENTS];
  const chosen = configured.split(",").map((name) => name.trim());
  return WEBHOOK_EVENTS.filter((event) => chosen.includes(event));
}
