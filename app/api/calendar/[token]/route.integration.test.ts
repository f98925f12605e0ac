// The feed route as a calendar client polls it: the ETag it sends, and a 304 without a body
// when the client's copy is still current; any change to what the feed shows changes the tag.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createCalendarFeed } from "@/lib/calendar/feed-token";
import { GET } from "./route";

const db = setupTestDatabase();

async function poll(segment: string, ifNoneMatch?: string) {
  const request = new Request(`http://localhost/api/calendar/${segment}`, { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });
  const response = await GET(request, { params: Promise.resolve({ token: segment }) });
  return { status: response.status, etag: response.headers.get("ETag"), body: await response.text(), cacheControl: response.headers.get("Cache-Control") };
}

describe("GET /api/calendar/<token>.ics", () => {
  it("answers an unchanged feed with 304 and no body, and a changed one with the new feed and a new tag", async () => {
    const me = await createSessionUser(db.prisma);
    const goal = await db.prisma.goal.create({ data: { ownerId: me.id, title: "Ship the portfolio", category: "OTHER", horizonYears: 1, deadline: new Date("2027-06-30") } });
    const segment = (await createCalendarFeed(me)).url.split("/").pop() as string;

    const first = await poll(segment);
    expect(first.status).toBe(200);
    expect(first.body).toContain("SUMMARY:Deadline: Ship the portfolio");
    expect(first.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);

    // The same feed later (another DTSTAMP) has the same tag: the client's copy is current.
    const again = await poll(segment, first.etag as string);
    expect(again).toMatchObject({ status: 304, body: "", etag: first.etag, cacheControl: "private, max-age=300" });
    expect((await poll(segment, `"other", ${first.etag}`)).status).toBe(304);
    expect((await poll(segment, '"stale"')).status).toBe(200);

    await db.prisma.goal.update({ where: { id: goal.id }, data: { title: "Ship the new portfolio", updatedAt: new Date() } });
    const changed = await poll(segment, first.etag as string);
    expect(changed.status).toBe(200);
    expect(changed.body).toContain("SUMMARY:Deadline: Ship the new portfolio");
    expect(changed.etag).not.toBe(first.etag);
  });

  it("gives a 404, not a 304, for a token that is not live, whatever the client sends", async () => {
    expect((await poll(`${"A".repeat(43)}.ics`, "*")).status).toBe(404);
  });
});
