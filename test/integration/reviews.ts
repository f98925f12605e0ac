import type { ScheduleResult } from "@/lib/reviews/schedule-review";
// Fixtures for review-session tests: a pairing of two people in different zones, shared goals,
// and reading the iCalendar invitation out of a captured email.
import ICAL from "ical.js";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CapturedEmail } from "./mail-capture";
import { createGoal, createPairing, type GoalData } from "./factories";
import { createSessionUser } from "./session-users";

export async function reviewPair(prisma: Db, options: { adaZone?: string; graceZone?: string; startedAt?: Date } = {}) {
  const ada = await createSessionUser(prisma, { name: "Ada", timeZone: options.adaZone ?? "Europe/London" });
  const grace = await createSessionUser(prisma, { name: "Grace", timeZone: options.graceZone ?? "America/New_York" });
  const pairing = await createPairing(prisma, ada, grace, { startedAt: options.startedAt ?? new Date("2026-10-01T12:00:00Z") });
  return { ada, grace, pairing };
}

export async function sharedGoal(prisma: Db, owner: SessionUser, title: string, data: GoalData = {}) {
  return createGoal(prisma, owner, { title, visibility: "BUDDIES", createdAt: new Date("2026-09-01T12:00:00Z"), ...data });
}

/** The invitation attached to an email, parsed as a calendar app would. */
export function inviteOf(email: CapturedEmail) {
  const attachment = email.attachments.find((candidate) => candidate.filename === "invite.ics");
  if (!attachment) throw new Error(`No invite.ics in "${email.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("No VEVENT in the invitation");
  const event = new ICAL.Event(vevent);
  return {
    attachment,
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    startZone: event.startDate.zone?.tzid,
    organizer: String(vevent.getFirstPropertyValue("organizer")).toLowerCase(),
    attendees: vevent.getAllProperties("attendee").map((property) => String(property.getFirstValue()).toLowerCase()),
    url: vevent.getFirstPropertyValue("url"),
  };
}

/** A booking that must have gone through (not stopped at the outside-hours warning). */
export async function expectBooked(result: Promise<ScheduleResult> | ScheduleResult): Promise<Extract<ScheduleResult, { ok: true }>> {
  const outcome = await result;
  if (!outcome.ok) throw new Error(`expected a booking, got: ${outcome.message}`);
  return outcome;
}
