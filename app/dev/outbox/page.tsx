// Development only: the emails the outbox transport saved instead of sending (see
// isOutboxEnabled for when this page exists at all).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isOutboxEnabled, isOutboxMessageId, listOutboxPage } from "@/lib/email";
import { OutboxBanner, formatOutboxDate } from "./outbox-banner";
import { OutboxTable } from "./outbox-parts";
import { PageLinks } from "@/components/ui/page-links";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Development outbox", robots: { index: false, follow: false } };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!isOutboxEnabled()) notFound();
  // `?before=<message id>`: the page of older messages; anything else shows the newest.
  const requested = (await searchParams).before;
  const before = typeof requested === "string" && isOutboxMessageId(requested) ? requested : undefined;
  const { messages, olderBefore } = await listOutboxPage({ before });

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 text-slate-900">
      <OutboxBanner />
      <h1 className="text-2xl font-bold tracking-tight">Outbox</h1>
      {messages.length === 0 ? (
        <p className="mt-4 text-slate-700">{before ? "No older emails." : "No emails yet. Sign up or ask for a sign-in link, then reload this page."}</p>
      ) : (
        <OutboxTable
          columns={["Date", "To", "Subject"]}
          className="mt-6"
          caption={
            <>
              {messages.length === 1 ? "1 email" : `${messages.length} emails`}
              {before ? " older than those on the first page" : ""}, newest first.
            </>
          }
        >
          {messages.map((message) => (
            <tr key={message.id}>
              <td className="whitespace-nowrap px-4 py-2 text-slate-700">
                <time dateTime={message.date.toISOString()}>{formatOutboxDate(message.date)}</time>
              </td>
              <td className="px-4 py-2">{message.to}</td>
              <th scope="row" className="px-4 py-2 font-normal">
                <Link href={`/dev/outbox/${message.id}`} className="font-medium text-slate-900 underline underline-offset-2 hover:text-slate-700">
                  {message.subject || "(no subject)"}
                </Link>
              </th>
            </tr>
          ))}
        </OutboxTable>
      )}
      <PageLinks label="Outbox pages" tone="plain" className="mt-4" newest={{ href: before ? "/dev/outbox" : null, text: "Back to the newest" }} older={{ href: olderBefore ? `/dev/outbox?before=${olderBefore}` : null, text: "Show older emails" }} />
    </main>
  );
}
