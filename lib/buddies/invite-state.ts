export type InviteState = "pending" | "accepted" | "declined" | "revoked" | "expired";

export function inviteState(invite: { acceptedAt: Date | null; declinedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InviteState {
  if (invite.acceptedAt) return "accepted";
  if (invite.declinedAt) return "declined";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt <= now) return "expired";
  return "pending";
}
