// The services a destination can be, and how each one wants its message. Pure: the sender
// adds the signature and posts what these return.
import type { WebhookEvent, WebhookEventPayload } from "./events";

export const WEBHOOK_SERVICES = ["GENERIC", "SLACK", "DISCORD", "TEAMS", "NTFY"] as const;
export type WebhookServiceName = (typeof WEBHOOK_SERVICES)[number];

export const SERVICE_LABELS: Record<WebhookServiceName, { label: string; hint: string }> = {
  GENERIC: { label: "Webhook (JSON)", hint: "A signed JSON POST to your own endpoint." },
  SLACK: { label: "Slack", hint: "An incoming-webhook URL (https://hooks.slack.com/services/…)." },
  DISCORD: { label: "Discord", hint: "A channel webhook URL (https://discord.com/api/webhooks/…)." },
  TEAMS: { label: "Microsoft Teams", hint: "A Workflows webhook URL (“Post to a channel when a webhook request is received”)." },
  NTFY: { label: "ntfy", hint: "A topic URL, e.g. https://ntfy.sh/your-secret-topic." },
};

export type OutgoingMessage = { url: string; contentType: string; body: string };

const EVENT_TAGS: Record<WebhookEvent | "test", string> = { deadline: "calendar", "buddy-activity": "speech_balloon", review: "handshake", achievement: "tada", test: "white_check_mark" };

/** Slack's mrkdwn treats &, < and > as control characters. */
function slackEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export function formatMessage(service: WebhookServiceName, destinationUrl: string, delivery: { id: string; payload: WebhookEventPayload; link: string }): OutgoingMessage {
  const { payload, link } = delivery;
  const json = (value: unknown) => ({ url: destinationUrl, contentType: "application/json", body: JSON.stringify(value) });
  switch (service) {
    case "GENERIC":
      return json({ id: delivery.id, type: payload.event, occurredAt: payload.occurredAt, data: { title: payload.title, url: link } });
    case "SLACK":
      return json({
        text: `${payload.title} ${link}`,
        blocks: [{ type: "section", text: { type: "mrkdwn", text: `*${slackEscape(payload.title)}*\n<${link}|Open in Stepwise>` } }],
      });
    case "DISCORD":
      // No @everyone or role pings from text a buddy wrote.
      return json({ content: `**${payload.title}**\n${link}`, allowed_mentions: { parse: [] } });
    case "TEAMS":
      return json({
        type: "message",
        attachments: [
          {
            contentType: "application/vnd.microsoft.card.adaptive",
            content: {
              $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
              type: "AdaptiveCard",
              version: "1.4",
              body: [{ type: "TextBlock", text: payload.title, wrap: true, weight: "Bolder" }],
              actions: [{ type: "Action.OpenUrl", title: "Open in Stepwise", url: link }],
            },
          },
        ],
      });
    case "NTFY": {
      // JSON publishing (POST to the server's root with the topic in the body) keeps non-ASCII
      // titles intact, which ntfy's header-based publishing does not.
      const topicUrl = new URL(destinationUrl);
      const topic = topicUrl.pathname.replace(/^\/+|\/+$/g, "");
      return {
        url: `${topicUrl.origin}/`,
        contentType: "application/json",
        body: JSON.stringify({ topic, title: "Stepwise", message: payload.title, click: link, tags: [EVENT_TAGS[payload.event]] }),
      };
    }
  }
}
