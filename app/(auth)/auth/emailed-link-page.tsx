import type { ReactNode } from "react";
import type { TokenStatus } from "@/lib/auth/tokens";
import { AuthCard } from "@/components/account/auth-card";
import { InvalidLink } from "@/components/account/invalid-link";

export type LinkPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type EmailedLinkPageProps = {
  /** The link's token from the query string, or null when it is missing or malformed. */
  token: string | null;
  /** Checks the token without using it up: opening the page must not spend the link. */
  inspect: (token: string) => Promise<TokenStatus>;
  /** What the "no longer works" card calls the link, and where to get a new one. */
  invalid: { what: string; retryHref: string; retryLabel: string };
  title: string;
  intro: (email: ReactNode) => ReactNode;
  /** The form that uses the link (a POST, so mail scanners that open links do not spend it). */
  form: (token: string) => ReactNode;
};

/** A page an emailed link opens: the account it is for and the form that uses it, or the card saying it no longer works. */
export async function EmailedLinkPage({ token, inspect, invalid, title, intro, form }: EmailedLinkPageProps) {
  const status = token ? await inspect(token) : ({ state: "invalid" } as const);
  if (!token || status.state !== "valid") return <InvalidLink {...invalid} />;
  return (
    <AuthCard title={title} intro={intro(<strong>{status.email}</strong>)}>
      {form(token)}
    </AuthCard>
  );
}
