import type { SentInvite, SentInviteState } from "@/lib/buddies/invite-queries";
import type { FormAction } from "@/lib/validation/form-action";
import { formatDayMonthYear } from "@/lib/time/format";
import { SentInviteActions } from "./sent-invite-actions";

const stateStyles: Record<SentInviteState, { label: string; className: string }> = {
  ended: { label: "Pairing ended", className: "bg-slate-50 text-slate-700 ring-slate-200" },
  pending: { label: "Pending", className: "bg-sky-50 text-sky-900 ring-sky-200" },
  accepted: { label: "Accepted", className: "bg-brand-50 text-brand-800 ring-brand-200" },
  declined: { label: "Declined", className: "bg-slate-50 text-slate-700 ring-slate-200" },
  expired: { label: "Expired", className: "bg-amber-50 text-amber-900 ring-amber-200" },
  revoked: { label: "Revoked", className: "bg-slate-50 text-slate-700 ring-slate-200" },
};

/** The invitations you sent, newest first, with what can still be done to each. */
export function SentInviteList({ invites, timeZone, action }: { invites: SentInvite[]; timeZone: string; action: FormAction }) {
  if (invites.length === 0) return <p className="text-slate-700">You have not invited anyone yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Invitations you sent">
      {invites.map((invite) => {
        const style = stateStyles[invite.state];
        return (
          <li key={invite.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
            <div className="min-w-0 space-y-1">
              <p className="break-all font-medium text-slate-900">{invite.email}</p>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}>{style.label}</span>
                <span>
                  Sent <time dateTime={invite.lastSentAt.toISOString()}>{formatDayMonthYear(invite.lastSentAt, timeZone)}</time>
                </span>
                {invite.state === "pending" ? (
                  <span>
                    Link works until <time dateTime={invite.expiresAt.toISOString()}>{formatDayMonthYear(invite.expiresAt, timeZone)}</time>
                  </span>
                ) : null}
              </p>
            </div>
            <SentInviteActions action={action} invite={{ id: invite.id, email: invite.email, canResend: invite.state === "pending" || invite.state === "expired", canRevoke: invite.state === "pending" }} />
          </li>
        );
      })}
    </ul>
  );
}
