"use server";

import { buttonAction, formAction } from "@/lib/actions/action-client";
import { addWebhookDestination, removeWebhookDestination, resumeWebhookDestination, sendTestWebhook } from "@/lib/webhooks/destinations";
import { NewWebhookDestinationSchema } from "@/lib/webhooks/schemas";
import type { AddDestinationState } from "@/components/webhooks/add-destination-form";
import type { TestDestinationState } from "@/components/webhooks/test-destination-button";

const PAGE = "/settings/webhooks";

export const addWebhookDestinationAction = formAction({
  name: "addWebhookDestinationAction",
  schema: NewWebhookDestinationSchema,
  lists: ["events"],
  // The URL is echoed back after an error (the person pasted it); the events are re-checked from the form.
  echo: (formData) => ({ service: String(formData.get("service") ?? ""), label: String(formData.get("label") ?? ""), url: String(formData.get("url") ?? ""), events: formData.getAll("events").join(",") }),
  failureMessage: "We could not add that destination just now. Please try again in a moment.",
  revalidate: [PAGE],
  run: async ({ user, input }): Promise<AddDestinationState> => {
    const { signingSecret } = await addWebhookDestination(user, input);
    return { status: "success", message: `“${input.label}” added. Use “Send a test” to check it.`, signingSecret: signingSecret ?? undefined };
  },
});

export const removeWebhookDestinationAction = buttonAction({
  name: "removeWebhookDestinationAction",
  ids: ["destinationId"],
  revalidate: [PAGE],
  run: ({ user, ids }) => removeWebhookDestination(user, ids.destinationId),
});

export const resumeWebhookDestinationAction = buttonAction({
  name: "resumeWebhookDestinationAction",
  ids: ["destinationId"],
  revalidate: [PAGE],
  run: ({ user, ids }) => resumeWebhookDestination(user, ids.destinationId),
});

export const testWebhookDestinationAction = formAction({
  name: "testWebhookDestinationAction",
  ids: ["destinationId"],
  failureMessage: "We could not send a test just now. Please try again in a moment.",
  revalidate: [PAGE],
  run: async ({ user, ids }): Promise<TestDestinationState> => {
    const outcome = await sendTestWebhook(user, ids.destinationId);
    return outcome.delivered ? { status: "success", message: "Test message delivered." } : { status: "error", message: `The test message was not accepted: ${outcome.error ?? "no answer"}.` };
  },
});
