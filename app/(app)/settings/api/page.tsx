import type { Metadata } from "next";
import { CardSection } from "@/components/ui/card-section";
import { SettingsPageHeader } from "@/components/account/settings-page-header";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens, MAX_API_TOKENS_PER_USER } from "@/lib/api-tokens/manage-api-tokens";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { ApiTokenList } from "@/components/api-tokens/api-token-list";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API · Settings" };

export default async function ApiSettingsPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user);
  return (
    <div className="space-y-8">
      <SettingsPageHeader title="API">
        Personal access tokens let your own scripts and tools read your goals, check in and tick off steps through the{" "}
        <a href="/api/v1/openapi.json" className="font-semibold text-brand-700 underline">
          Stepwise API
        </a>
        . A token sees only your own goals, never a buddy&apos;s.
      </SettingsPageHeader>
      <CardSection id="new-token" title="New token">
        <CreateApiTokenForm action={createApiTokenAction} />
      </CardSection>
      <CardSection id="tokens" title="Your tokens">
        <p className="mb-4 text-sm text-slate-600">Up to {MAX_API_TOKENS_PER_USER}. Last use is recorded to the minute.</p>
        <ApiTokenList tokens={tokens} revokeAction={revokeApiTokenAction} timeZone={user.timeZone} now={new Date()} />
      </CardSection>
    </div>
  );
}
