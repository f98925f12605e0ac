// Development only: one saved email, as its recipient would get it. The HTML part is shown in
// a sandboxed iframe (no scripts, no same-origin access, no navigation), so even a template
// bug that let markup through could not act on this page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isOutboxEnabled, isOutboxMessageId, readOutboxMessage } from "@/lib/email";
import { OutboxBanner, formatOutboxDate } from "../outbox-banner";
import { OutboxSection, OutboxTable } from "../outbox-parts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Development outbox", robots: { index: false, follow: false } };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!isOutboxEnabled()) notFound();
  const { id } = await params;
  // Only ids of the shape the outbox generates reach the file system.
  if (!isOutboxMessageId(id)) notFound();
  const message = await readOutboxMessage(id);
  if (!message) notFound();

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 text-slate-900">
      <OutboxBanner />
      <p className="text-sm">
        <Link href="/dev/outbox" className="font-medium text-slate-700 underline underline-offset-2 hover:text-slate-900">
          ← All emails
        </Link>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight break-words">{message.subject || "(no subject)"}</h1>

      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold text-slate-700">From</dt>
        <dd className="break-all">{message.from}</dd>
        <dt className="font-semibold text-slate-700">To</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="font-semibold text-slate-700">Saved</dt>
        <dd>
          <time dateTime={message.date.toISOString()}>{formatOutboxDate(message.date)}</time>
        </dd>
      </dl>

      <OutboxSection id="links" title="Links">
        {message.links.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">This email has no links.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {message.links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all font-medium text-slate-900 underline underline-offset-2 hover:text-slate-700">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </OutboxSection>

      <OutboxSection id="text" title="Text part">
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-4 font-mono text-sm text-slate-900">{message.text || "(empty)"}</pre>
      </OutboxSection>

      <OutboxSection id="html" title="HTML part">
        {message.html === null ? <p className="mt-2 text-sm text-slate-700">This email has no HTML part.</p> : <iframe sandbox="" srcDoc={message.html} title="HTML part of the email" className="mt-2 h-[640px] w-full rounded-lg border border-slate-200 bg-white" />}
      </OutboxSection>

      {message.attachments.length > 0 ? (
        <OutboxSection id="attachments" title="Attachments">
          <ul className="mt-2 list-disc pl-5 text-sm">
            {message.attachments.map((attachment, index) => (
              <li key={`${index}-${attachment.filename}`}>
                {attachment.filename}{" "}
                <span className="text-slate-700">
                  ({attachment.contentType}, {attachment.size} bytes)
                </span>
              </li>
            ))}
          </ul>
        </OutboxSection>
      ) : null}

      <OutboxSection id="headers" title="Headers">
        <OutboxTable columns={["Name", "Value"]} className="mt-2">
          {message.headers.map((header, index) => (
            <tr key={`${index}-${header.name}`}>
              <th scope="row" className="whitespace-nowrap px-4 py-2 align-top font-medium">
                {header.name}
              </th>
              <td className="break-all px-4 py-2 font-mono text-xs">{header.value}</td>
            </tr>
          ))}
        </OutboxTable>
      </OutboxSection>
    </main>
  );
}
