import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildReviewInvite, mailboxAddress, type ReviewInviteInput } from "./review-invite";

const base: ReviewInviteInput = {
  method: "REQUEST",
  uid: "review-1@stepwise",
  sequence: 0,
  startsAt: new Date("2027-03-02T18:00:00Z"),
  durationMinutes: 45,
  summary: "Stepwise review: Ada & Grace",
  description: "Open the session: https://stepwise.test/buddies/p/reviews/1",
  url: "https://stepwise.test/buddies/p/reviews/1",
  organizer: { name: "Stepwise", email: "no-reply@stepwise.test" },
  attendees: [
    { name: "Ada", email: "ada@example.test" },
    { name: "Grace", email: "grace@example.test" },
  ],
  now: new Date("2027-01-01T09:00:00Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("buildReviewInvite", () => {
  it("writes an iTIP REQUEST with organizer, both attendees, UID, SEQUENCE and UTC times", () => {
    const { calendar, vevent, event } = parse(buildReviewInvite(base));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe("review-1@stepwise");
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-02T18:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-02T18:45:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(String(vevent.getFirstPropertyValue("organizer")).toLowerCase()).toBe("mailto:no-reply@stepwise.test");
    expect(vevent.getAllProperties("attendee").map((property) => String(property.getFirstValue()).toLowerCase())).toEqual(["mailto:ada@example.test", "mailto:grace@example.test"]);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("url")).toBe(base.url);
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2027-01-01T09:00:00Z");
  });

  it("writes a CANCEL with the same UID and the given SEQUENCE", () => {
    const { calendar, vevent, event } = parse(buildReviewInvite({ ...base, method: "CANCEL", sequence: 2 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.uid).toBe("review-1@stepwise");
    expect(event.sequence).toBe(2);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("reads the address out of a mailbox", () => {
    expect(mailboxAddress("Stepwise <no-reply@stepwise.local>")).toBe("no-reply@stepwise.local");
    expect(mailboxAddress("plain@example.test")).toBe("plain@example.test");
  });
});
