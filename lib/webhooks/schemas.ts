// What the "add a destination" form accepts. Shared by the form (limits for counters) and the
// server action.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";
import { WEBHOOK_SERVICES } from "./services";

import { WEBHOOK_LABEL_MAX, WEBHOOK_URL_MAX } from "./limits";

export const NewWebhookDestinationSchema = z.object({
  service: z.enum(WEBHOOK_SERVICES, { error: "Choose where to send." }),
  label: z.string().trim().min(1, "Give it a name you will recognise, e.g. “Team Slack”.").max(WEBHOOK_LABEL_MAX, `Keep the name to ${WEBHOOK_LABEL_MAX} characters.`),
  url: z.string().trim().min(1, "Paste the URL.").max(WEBHOOK_URL_MAX, `URLs longer than ${WEBHOOK_URL_MAX} characters are not accepted.`),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one kind of event."),
});
export type NewWebhookDestination = z.infer<typeof NewWebhookDestinationSchema>;
