import type { Metadata } from "next";
import { CardSection } from "@/components/ui/card-section";
import { SettingsPageHeader } from "@/components/account/settings-page-header";
import { requireUser } from "@/lib/auth/session";
import { Notice } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { AddDestinationForm } from "@/components/webhooks/add-destination-form";
import { TestDestinationButton } from "@/components/webhooks/test-destination-button";
import { listWebhookDestinations, type WebhookDestinationDto } from "@/lib/webhooks/destinations";
import { defaultWebhookEvents } from "@/lib/webhooks/defaults";
import { WEBHOOK_EVENT_LABELS } from "@/lib/webhooks/events";
import { SERVICE_LABELS } from "@/lib/webhooks/services";
import { MAX_WEBHOOK_DESTINATIONS } from "@/lib/webhooks/limits";
import { dateTimeFormat } from "@/lib/time/date-time-format";
import { addWebhookDestinationAction, removeWebhookDestinationAction, resumeWebhookDestinationAction, testWebhookDestinationAction } from "./actions";

export const metadata: Metadata = { title: "Chat and webhooks · Settings" };

export default async function WebhooksPage() {
  const user = await requireUser();
  const destinations = await listWebhookDestinations(user);
  return (
    <div className="space-y-8">
      <SettingsPageHeader title="Chat and webhooks">
        Get your reminders and your buddy&apos;s news where you already are: Slack, Discord, Microsoft Teams, ntfy on your phone, or your own endpoint. Each destination gets only the events you choose. Messages carry a title and a link back here, never your private notes.
      </SettingsPageHeader>
      <CardSection id="destinations" title="Your destinations">
        {destinations.length === 0 ? (
          <p className="text-slate-700">None yet. Add one below.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {destinations.map((destination) => (
              <DestinationItem key={destination.id} destination={destination} timeZone={user.timeZone} />
            ))}
          </ul>
        )}
      </CardSection>
      <CardSection id="add" title="Add a destination">
        {destinations.length >= MAX_WEBHOOK_DESTINATIONS ? <Notice tone="info">You have {MAX_WEBHOOK_DESTINATIONS} destinations, the most there can be. Remove one to add another.</Notice> : <AddDestinationForm action={addWebhookDestinationAction} defaultEvents={defaultWebhookEvents()} />}
      </CardSection>
    </div>
  );
}

function DestinationItem({ destination, timeZone }: { destination: WebhookDestinationDto; timeZone: string }) {
  const when = (date: Date) => dateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  return (
    <li className="space-y-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{destination.label}</h3>
        <span className={`rounded-full px-2 py-0.5 text-sm font-medium ${destination.pausedAt ? "bg-amber-100 text-amber-900" : "bg-emerald-100 text-emerald-900"}`}>{destination.pausedAt ? "Paused" : "Active"}</span>
      </div>
      <p className="break-all text-sm text-slate-700">
        {SERVICE_LABELS[destination.service].label} · {destination.urlHint}
      </p>
      <p className="text-sm text-slate-700">Sends: {destination.events.map((event) => WEBHOOK_EVENT_LABELS[event]?.label ?? event).join(", ")}</p>
      <p className="text-sm text-slate-600">{destination.lastDeliveredAt ? `Last delivered ${when(destination.lastDeliveredAt)}` : "Nothing delivered yet"}</p>
      {destination.pausedAt ? (
        <Notice tone="warning">
          {destination.pausedReason ?? "Paused after repeated failures."} Paused since {when(destination.pausedAt)}.
        </Notice>
      ) : null}
      <div className="flex flex-wrap items-start gap-3">
        <TestDestinationButton action={testWebhookDestinationAction} destinationId={destination.id} label={destination.label} />
        {destination.pausedAt ? (
          <form action={resumeWebhookDestinationAction}>
            <input type="hidden" name="destinationId" value={destination.id} />
            <SubmitButton pendingLabel="Resuming…" aria-label={`Resume ${destination.label}`}>
              Resume
            </SubmitButton>
          </form>
        ) : null}
        <form action={removeWebhookDestinationAction}>
          <input type="hidden" name="destinationId" value={destination.id} />
          <SubmitButton variant="secondary" pendingLabel="Removing…" aria-label={`Remove ${destination.label}`}>
            Remove
          </SubmitButton>
        </form>
      </div>
    </li>
  );
}
