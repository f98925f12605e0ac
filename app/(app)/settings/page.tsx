import type { Metadata } from "next";
import { CardSection } from "@/components/ui/card-section";
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
import { SignInMethods } from "@/components/account/sign-in-methods";
import { listLinkedIdentities } from "@/lib/oidc/linked-identities";
import { getOidcSettings, isPasswordSignInEnabled } from "@/lib/oidc/oidc-settings";
import { unlinkIdentityAction } from "./sign-in-method-actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { notice } = await searchParams;
  const oidc = getOidcSettings();
  const passwordSignIn = isPasswordSignInEnabled();
  const identities = await listLinkedIdentities(user);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      {notice === "password-changed" ? (
        <div role="status">
          <Notice tone="success">Password changed. You were signed out on your other devices.</Notice>
        </div>
      ) : null}
      <CardSection id="profile" title="Profile">
        <ProfileForm action={updateProfileAction} name={user.name} timeZone={user.timeZone} timeZones={listTimeZones()} />
      </CardSection>
      {oidc || identities.length > 0 ? (
        <CardSection id="sign-in-methods" anchor="sign-in-methods" title="Sign-in methods">
          <SignInMethods identities={identities} providerName={oidc?.displayName ?? "Single sign-on"} accountEmail={user.email} passwordSignIn={passwordSignIn && user.hasPassword} unlinkAction={unlinkIdentityAction} timeZone={user.timeZone} />
        </CardSection>
      ) : null}
      {/* With password sign-in turned off (PASSWORD_SIGN_IN=off) a password would open nothing. */}
      {passwordSignIn ? (
        <CardSection id="password" title={user.hasPassword ? "Change password" : "Set a password"}>
          <ChangePasswordForm action={changePasswordAction} hasPassword={user.hasPassword} />
        </CardSection>
      ) : null}
      <CardSection id="email" anchor="email" title="Email">
        <p className="mb-5 text-slate-700">Choose which reminders Stepwise emails you, and when. Every reminder email also has a one-click unsubscribe link.</p>
        <EmailPreferencesForm action={updateEmailPreferencesAction} preferences={await getEmailPreferences(user)} timeZone={user.timeZone} />
      </CardSection>
      <CardSection id="calendar" anchor="calendar" title="Calendar">
        <CalendarFeedSettings action={calendarFeedAction} active={await hasCalendarFeed(user)} />
      </CardSection>
      <CardSection id="api" title="API">
        <p className="text-slate-700">Connect your own scripts and tools with a personal access token.</p>
        <p className="mt-3">
          <Link href="/settings/api" className="font-semibold text-brand-700 underline">
            Manage API tokens
          </Link>
        </p>
      </CardSection>
      <CardSection id="webhooks" anchor="webhooks" title="Chat and webhooks">
        <p className="text-slate-700">Send reminders and your buddy&apos;s news to Slack, Discord, Microsoft Teams, ntfy or your own webhook.</p>
        <p className="mt-3">
          <Link href="/settings/webhooks" className="font-semibold text-brand-700 underline">
            Manage chat and webhook destinations
          </Link>
        </p>
      </CardSection>
      <CardSection id="data" title="Your data">
        <p className="text-slate-700">Download everything you have written in Stepwise, with your comments, weekly reports and review notes. Your buddies&apos; own words stay theirs and are not included.</p>
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
      </CardSection>
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
