// What people read when an invitation cannot be sent or answered. Shared by the buddies page
// and the invitation page so the same refusal always reads the same.
import type { AcceptResult } from "@/lib/buddies/answer-invite";
import type { InviteResult } from "@/lib/buddies/invite-buddy";
import { INVITES_PER_DAY, MAX_BUDDIES } from "@/lib/buddies/rules";

type Refusal<T> = T extends { ok: false } ? T : never;

function waitText(seconds: number): string {
  const hours = Math.ceil(seconds / 3600);
  if (hours > 1) return `${hours} hours`;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/** Why an invitation was not sent, for the email field of the invite form. */
export function describeInviteRefusal(result: Refusal<InviteResult>, email: string): string {
  switch (result.reason) {
    case "self":
      return "That is your own address. Invite someone else to be your buddy.";
    case "already_buddy":
      return `You and ${email} are already buddies.`;
    case "circle_full":
      return `Your circle is full: you have ${MAX_BUDDIES} buddies, the most you can have. End a pairing to invite someone new.`;
    case "rate_limited":
      return `You have sent ${INVITES_PER_DAY} invitations in the last day, the most allowed. Try again in ${waitText(result.retryAfterSeconds)}.`;
  }
}

/** Why an invitation could not be accepted. */
export function describeAcceptRefusal(result: Refusal<AcceptResult>): string {
  switch (result.reason) {
    case "invalid":
      return "This invitation no longer works: it has expired, was withdrawn, or was already answered.";
    case "wrong_email":
      return "This invitation was sent to a different email address. Sign in with that address to accept it.";
    case "self":
      return "This is your own invitation. Your buddy accepts it from their account.";
    case "already_buddy":
      return "You are already buddies.";
    case "your_circle_full":
      return `Your circle is full: you already have ${MAX_BUDDIES} buddies. End a pairing on your Buddies page to make room, then accept.`;
    case "their_circle_full":
      return `Their circle is full: they already have ${MAX_BUDDIES} buddies, so this invitation cannot be accepted now.`;
  }
}
