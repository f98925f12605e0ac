import { appUrl } from "@/lib/account/links";

export const reviewPath = (pairingId: string, sessionId: string) => `/buddies/${pairingId}/reviews/${sessionId}`;
export const reviewUrl = (pairingId: string, sessionId: string) => appUrl(reviewPath(pairingId, sessionId));
