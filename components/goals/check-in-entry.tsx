"use client";

// One check-in in a list: when, by whom, its value and note, and its conversation. A client
// component although it keeps no state: the page sends the check-in as a CheckInView (plain text
// made on the server) instead of its rendered markup, which cost as much again in the RSC payload
// as in the HTML. The caller renders the <li>.
import Link from "next/link";
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import { CheckInThread } from "@/components/buddies/check-in-thread";
import type { CheckInView } from "./check-in-view";
import type { CommentPrompts } from "@/lib/buddies/feedback-prompts";

export type CheckInConversation = {
  /** Whether the thread's form (comment, or the owner's reply) is shown under this check-in. */
  canReply: boolean;
  viewer: "buddy" | "owner";
  commentAction: FormAction;
  /** A buddy's page only, and only with the form. */
  cheerAction?: PlainAction;
  /** A link to the page with this check-in's form, for the check-ins that do not show theirs. */
  link?: { href: string; text: string; srText: string } | null;
  /** A buddy's comment prompts, fitted to the owner's wish and to a comeback. */
  prompts?: CommentPrompts;
};

export function CheckInEntry({ checkIn, conversation }: { checkIn: CheckInView; conversation: CheckInConversation | null }) {
  return (
    <>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600">
        <time dateTime={checkIn.at} className="font-semibold text-slate-900">
          {checkIn.atText}
        </time>
        {checkIn.authorName !== null ? <span>{checkIn.authorName}</span> : null}
        {checkIn.valueText !== null ? <span className="pill pill-sky">{checkIn.valueText}</span> : null}
        {checkIn.comeback ? <span className="pill pill-brand">Comeback</span> : null}
      </p>
      <p className="note mt-1">{checkIn.note}</p>
      {conversation ? (
        <>
          <CheckInThread checkInId={checkIn.id} comments={checkIn.comments} canReply={conversation.canReply} commentAction={conversation.commentAction} cheerAction={conversation.cheerAction} viewer={conversation.viewer} prompts={conversation.prompts} />
          {conversation.link ? (
            <p className="mt-3 text-sm">
              <Link href={conversation.link.href} className="font-semibold text-brand-700 underline underline-offset-4">
                {conversation.link.text}
                <span className="sr-only">{conversation.link.srText}</span>
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
