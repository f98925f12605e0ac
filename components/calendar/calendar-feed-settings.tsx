"use client";

// Settings for the private calendar feed. Only a hash of the feed token is stored, so the full
// URL exists in exactly one place: the response to the action that made it. It is shown here
// once, with how to subscribe; afterwards the page can only say that a feed is on.
import { useActionState } from "react";
import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import { Notice } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

export type CalendarFeedState = {
  status: "idle" | "success" | "error";
  message?: string;
  /** Whether a feed is on after the action. */
  active?: boolean;
  /** The new feed URL, present only in the response that created it. */
  feedUrl?: string;
};

export type CalendarFeedAction = (state: CalendarFeedState, formData: FormData) => Promise<CalendarFeedState>;

const IDLE: CalendarFeedState = { status: "idle" };

export function CalendarFeedSettings({ action, active: activeOnLoad }: { action: CalendarFeedAction; active: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  const active = state.status === "success" && state.active !== undefined ? state.active : activeOnLoad;
  return (
    <div className="space-y-4">
      <p className="text-slate-700">Subscribe to your own Stepwise calendar in Google Calendar, Apple Calendar or Outlook: your goal and step deadlines, the deadlines your buddies share with you and your review sessions, kept up to date.</p>
      <div aria-live="polite" role="status">
        {state.message ? <Notice tone={state.status === "error" ? "warning" : "success"}>{state.message}</Notice> : null}
      </div>
      {state.feedUrl ? <NewFeedUrl url={state.feedUrl} /> : null}
      {active ? (
        <>
          {state.feedUrl ? null : (
            <p className="text-slate-700">
              <strong>Your calendar feed is on.</strong> For your privacy we keep only a fingerprint of its address, so we cannot show it again. If you have lost it, create a new one.
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <form action={formAction}>
              <input type="hidden" name="intent" value="create" />
              <SubmitButton variant="secondary" pendingLabel="Creating…" aria-describedby="calendar-rotate-hint">
                Create a new feed URL
              </SubmitButton>
            </form>
            <form action={formAction}>
              <input type="hidden" name="intent" value="disable" />
              <SubmitButton variant="secondary" pendingLabel="Turning off…">
                Turn off the feed
              </SubmitButton>
            </form>
          </div>
          <p id="calendar-rotate-hint" className="text-sm text-slate-600">
            A new URL replaces the old one at once: calendars subscribed to the old URL stop updating, so subscribe again with the new one.
          </p>
          {state.feedUrl ? null : (
            <details className="text-sm text-slate-700">
              <summary className="cursor-pointer font-semibold text-slate-900">How to subscribe</summary>
              <SubscribeInstructions />
            </details>
          )}
        </>
      ) : (
        <form action={formAction}>
          <input type="hidden" name="intent" value="create" />
          <SubmitButton pendingLabel="Creating…">Create my calendar feed URL</SubmitButton>
        </form>
      )}
    </div>
  );
}

function NewFeedUrl({ url }: { url: string }) {
  return (
    <ShownOnceSecret id="calendar-feed-url" label="Your calendar feed URL" value={url} what="address" hint="Copy it now: this is the only time it is shown. Keep it private like a password — anyone with it can see your goal titles and deadlines.">
      <SubscribeInstructions url={url} />
    </ShownOnceSecret>
  );
}

function SubscribeInstructions({ url }: { url?: string }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
      <li>
        <strong>Google Calendar</strong> (on a computer): beside “Other calendars” choose +, then From URL; paste the address and choose Add calendar. Google refreshes it every few hours.
      </li>
      <li>
        <strong>Apple Calendar</strong>: on a Mac, File → New Calendar Subscription; on an iPhone, Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.
        {url ? (
          <>
            {" "}
            <a href={url.replace(/^https?:/, "webcal:")} className="font-semibold text-brand-700 underline">
              Open in Apple Calendar
            </a>
          </>
        ) : null}
      </li>
      <li>
        <strong>Outlook</strong>: Add calendar → Subscribe from web, paste the address, Import.
      </li>
    </ul>
  );
}
