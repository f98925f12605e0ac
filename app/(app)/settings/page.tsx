import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/time/time-zone";
import { Card, Notice } from "@/components/ui/card";
import { ProfileForm } from "@/components/account/profile-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "./actions";
import { importDataAction } from "./data-actions";
import { ImportDataForm } from "@/components/account/import-data-form";
import { CalendarFeedSettings } from "@/components/calendar/calendar-feed-settings";
import { hasCalendarFeed } from "@/lib/calendar/feed-token";
import { calendarFeedAction } from "./calendar-actions";
import { EmailPreferencesForm } from "@/components/account/email-preferences-form";
import { getEmailPreferences } from "@/lib/account/email-preferences";
import { updateEmailPreferencesAction } from "./email-actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { notice } = await searchParams;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      {notice === "password-changed" ? (
        <div role="status">
          <Notice tone="success">Password changed. You were signed out on your other devices.</Notice>
        </div>
      ) : null}
      <section aria-labelledby="profile-heading">
        <Card>
          <h2 id="profile-heading" className="mb-4 text-xl font-semibold">
            Profile
          </h2>
          <ProfileForm action={updateProfileAction} name={user.name} timeZone={user.timeZone} timeZones={listTimeZones()} />
        </Card>
      </section>
      <section aria-labelledby="password-heading">
        <Card>
          <h2 id="password-heading" className="mb-4 text-xl font-semibold">
            {user.hasPassword ? "Change password" : "Set a password"}
          </h2>
          <ChangePasswordForm action={changePasswordAction} hasPassword={user.hasPassword} />
        </Card>
      </section>
      <section id="email" aria-labelledby="email-heading">
        <Card>
          <h2 id="email-heading" className="mb-2 text-xl font-semibold">
            Email
          </h2>
          <p className="mb-5 text-slate-700">Choose which reminders Stepwise emails you, and when. Every reminder email also has a one-click unsubscribe link.</p>
          <EmailPreferencesForm action={updateEmailPreferencesAction} preferences={await getEmailPreferences(user)} timeZone={user.timeZone} />
        </Card>
      </section>
      <section id="calendar" aria-labelledby="calendar-heading" className="scroll-mt-6">
        <Card>
          <h2 id="calendar-heading" className="mb-2 text-xl font-semibold">
            Calendar
          </h2>
          <CalendarFeedSettings action={calendarFeedAction} active={await hasCalendarFeed(user)} />
        </Card>
      </section>
      <section aria-labelledby="api-heading">
        <Card>
          <h2 id="api-heading" className="mb-2 text-xl font-semibold">
            API
          </h2>
          <p className="text-slate-700">Connect your own scripts and tools with a personal access token.</p>
          <p className="mt-3">
            <Link href="/settings/api" className="font-semibold text-brand-700 underline">
              Manage API tokens
            </Link>
          </p>
        </Card>
      </section>
      <section id="webhooks" aria-labelledby="webhooks-heading">
        <Card>
          <h2 id="webhooks-heading" className="mb-2 text-xl font-semibold">
            Chat and webhooks
          </h2>
          <p className="text-slate-700">Send reminders and your buddy&apos;s news to Slack, Discord, Microsoft Teams, ntfy or your own webhook.</p>
          <p className="mt-3">
            <Link href="/settings/webhooks" className="font-semibold text-brand-700 underline">
              Manage chat and webhook destinations
            </Link>
          </p>
        </Card>
      </section>
      <section aria-labelledby="data-heading">
        <Card>
          <h2 id="data-heading" className="mb-2 text-xl font-semibold">
            Your data
          </h2>
          <p className="text-slate-700">Download everything you have written in Stepwise. Your buddies&apos; comments stay theirs and are not included.</p>
          <ul className="mt-4 space-y-2">
            <li>
              <a href="/api/export?format=json" className="font-semibold text-brand-700 underline" download>
                Download all data (JSON)
              </a>
            </li>
            <li>
              <a href="/api/export?format=goals-csv" className="font-semibold text-brand-700 underline" download>
                Download goals (CSV)
              </a>
            </li>
            <li>
              <a href="/api/export?format=micro-goals-csv" className="font-semibold text-brand-700 underline" download>
                Download micro-goals (CSV)
              </a>
            </li>
          </ul>
          <h3 className="mb-3 mt-6 font-semibold">Import</h3>
          <ImportDataForm action={importDataAction} />
        </Card>
      </section>
      <section aria-labelledby="delete-heading">
        <Card className="border-red-200">
          <h2 id="delete-heading" className="mb-4 text-xl font-semibold text-red-800">
            Delete account
          </h2>
          <DeleteAccountForm action={deleteAccountAction} email={user.email} />
        </Card>
      </section>
    </div>
  );
}
