// The events a person can send to a webhook or chat destination, and which in-app
// notifications belong to which event. Shared by the settings form and the server.

export const WEBHOOK_EVENTS = ["deadline", "buddy-activity", "review", "achievement"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, { label: string; hint: string }> = {
  deadline: { label: "Deadline reminders", hint: "The days before a goal's or step's deadline, and the day after a missed one." },
  "buddy-activity": { label: "Buddy activity", hint: "Your buddy's comments, cheers and congratulations, and changes to your agreement." },
  review: { label: "Reviews", hint: "A review is booked, moved, cancelled or closed, and the day before it." },
  achievement: { label: "Achievements", hint: "Your buddy reached a goal." },
};

/** What a delivery carries until it is formatted for its service. */
export type WebhookEventPayload = {
  /** "test": the message "Send a test" posts. */
  event: WebhookEvent | "test";
  title: string;
  /** A path on this site ("/goals/…"); made absolute when sent. */
  path: string;
  occurredAt: string;
};

/** The event an in-app notification is, or null for notifications that stay in the app. */
export function webhookEventForNotification(kind: string): WebhookEvent | null {
  if (kind === "achievement") return "achievement";
  if (kind.startsWith("review-")) return "review";
  if (["comment", "cheer", "congratulation", "pairing-ended", "invite-accepted"].includes(kind) || kind.startsWith("rules-")) return "buddy-activity";
  return null;
}
