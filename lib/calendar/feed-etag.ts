// The calendar feed's ETag: calendar clients poll a subscribed feed on a timer, and most polls
// find it unchanged. The tag is a hash of everything the body is built from except `now`
// (each event's DTSTAMP), so it is a weak tag (RFC 9110 §8.8.1): two bodies with one tag differ
// only in that stamp. A client that sends it back in If-None-Match gets a 304 with no body.
import { createHash } from "node:crypto";
import type { CalendarDocument } from "./build-calendar";

export function feedEtag(document: Omit<CalendarDocument, "now">): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([document.name, document.description, document.refreshSeconds, document.events]))
    .digest("base64url");
  return `W/"${hash}"`;
}

/** Whether an If-None-Match header names this tag (weak comparison, as §13.1.2 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => opaque(candidate) === opaque(etag));
}
