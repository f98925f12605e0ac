"use client";

// The conversation under one check-in: buddies' comments and cheers, and the owner's replies.
// Used on a buddy's page (comment and cheer) and on the owner's own goal page (reply), inside
// CheckInEntry, from comments whose dates the server already wrote out (toCheckInView).
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_COMMENTS_PER_CHECK_IN, threadFullMessage } from "@/lib/buddies/rules";
import { StarIcon } from "@/components/goals/icons";
import type { CommentView } from "@/components/goals/check-in-view";
import { CommentForm } from "./comment-form";
import type { CommentPrompts } from "@/lib/buddies/feedback-prompts";

type Props = {
  checkInId: string;
  /** Oldest first, as they were written. */
  comments: CommentView[];
  /** Whether the reader may write here: a buddy of the owner, or the owner while the goal is shared. */
  canReply: boolean;
  /** `addCommentAction` from app/(app)/buddies/[id]/actions.ts. */
  commentAction: FormAction;
  /** A buddy's page passes `addCheerAction`; the owner's page leaves it out (no cheering yourself). */
  cheerAction?: PlainAction;
  /** "buddy": "Comment"; "owner": "Reply". */
  viewer?: "buddy" | "owner";
  /** A buddy's prompts that fit what the owner asked for. */
  prompts?: CommentPrompts;
};

export function CheckInThread({ checkInId, comments, canReply, commentAction, cheerAction, viewer = "buddy", prompts }: Props) {
  if (comments.length === 0 && !canReply) return null;
  const cheeredAlready = comments.some((comment) => comment.kind === "CHEER" && comment.mine);
  const full = comments.filter((comment) => comment.kind === "COMMENT").length >= MAX_COMMENTS_PER_CHECK_IN;
  return (
    <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
      {comments.length > 0 ? (
        <ol className="space-y-2" aria-label="Comments on this check-in">
          {comments.map((comment) => {
            const who = comment.who;
            const when = (
              <time dateTime={comment.at} className="text-slate-600">
                {comment.atText}
              </time>
            );
            return comment.kind === "CHEER" ? (
              <li key={comment.id} id={`comment-${comment.id}`} className="flex scroll-mt-6 flex-wrap items-center gap-x-1.5 rounded-lg text-sm text-slate-700 target:bg-amber-50 target:ring-2 target:ring-amber-400">
                <StarIcon className="h-4 w-4 text-amber-600" />
                <span>
                  <strong className="font-semibold text-slate-900">{who}</strong> cheered
                </span>
                <span aria-hidden="true">·</span>
                {when}
              </li>
            ) : (
              <li key={comment.id} id={`comment-${comment.id}`} className="scroll-mt-6 rounded-lg bg-slate-50 px-3 py-2 text-sm target:bg-amber-50 target:ring-2 target:ring-amber-400">
                <p className="flex flex-wrap gap-x-2">
                  <strong className="font-semibold text-slate-900">{who}</strong>
                  {when}
                </p>
                {comment.departed ? <p className="mt-0.5 italic text-slate-600">Comment deleted: its author left Stepwise.</p> : <p className="note mt-0.5">{comment.body}</p>}
              </li>
            );
          })}
        </ol>
      ) : null}
      {canReply ? (
        <div className="space-y-3">
          {full ? (
            <p className="text-sm text-slate-600">{threadFullMessage}</p>
          ) : (
            <CommentForm action={commentAction} checkInId={checkInId} label={viewer === "owner" ? "Your reply" : "Your comment"} submitLabel={viewer === "owner" ? "Reply" : "Comment"} postedMessage={viewer === "owner" ? "Reply posted." : "Comment posted."} prompts={viewer === "buddy" ? prompts : undefined} />
          )}
          {cheerAction && viewer === "buddy" ? (
            cheeredAlready ? (
              <p className="text-sm text-slate-600">You cheered this check-in.</p>
            ) : (
              <form action={cheerAction}>
                <input type="hidden" name="checkInId" value={checkInId} />
                <SubmitButton variant="ghost" pendingLabel="Cheering…">
                  <StarIcon className="h-4 w-4 text-amber-600" />
                  Cheer
                </SubmitButton>
              </form>
            )
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
