// A quarterly review, end to end, with two buddies in two browser contexts and two time zones:
// scheduling (the emailed .ics parsed with ical.js), both on the session page at once, each
// seeing the other's decision without reloading, a notes conflict that loses nothing, closing
// (summaries and the next invitation), and the adjusted deadline on the goal page.
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { expectNoViolations } from "./support/axe";
import { newBuddies, shareGoals } from "./support/buddies";
import { expect, test } from "./support/fixtures";
import { createGoalWithForm } from "./support/goals";
import { linkFrom, waitForEmail, type CapturedEmail } from "./support/mailbox";

/** Well within "a few seconds": the page polls every 2.5 s. */
const LIVE = { timeout: 6_000 };

function invite(email: CapturedEmail) {
  const attachment = email.attachments.find((candidate) => candidate.filename === "invite.ics");
  if (!attachment) throw new Error(`No invite.ics attached to "${email.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
  return { attachment, method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString() };
}

test("two buddies schedule a review, decide together live, close it, and the goal shows the new deadline", async ({ buddies }) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear() + 3;
  const { a, b, pairingPath } = buddies;
  const [ada, grace] = [a.user, b.user];
  const adaGoal = `Lead the design guild by ${year}`;
  const graceGoal = `Speak at three conferences by ${year}`;
  let adaGoalId = "";
  let sessionPath = "";
  let sessionId = "";
  // Ten days ahead, 18:00 in London.
  const date = DateTime.now().setZone("Europe/London").plus({ days: 10 }).toISODate() as string;
  const startsAt = DateTime.fromISO(`${date}T18:00`, { zone: "Europe/London" });

  await test.step("Ada and Grace, buddies, each share a goal", async () => {
    adaGoalId = await createGoalWithForm(a.page, { title: adaGoal, area: "Power and responsibility", deadline: `${year}-06-30` });
    await shareGoals(a.page, [adaGoal]);
    await createGoalWithForm(b.page, { title: graceGoal, area: "Make a difference in my field", deadline: `${year}-09-30` });
    await shareGoals(b.page, [graceGoal]);
  });

  await test.step("Ada schedules the review; both see it in their own time zone", async () => {
    await a.page.goto(pairingPath);
    const reviews = a.page.getByRole("region", { name: "Review sessions" });
    await expect(reviews.getByRole("button", { name: "Schedule the suggested slot" })).toBeVisible();
    await expectNoViolations(a.page, "/buddies/<id> with the review section");
    await reviews.getByLabel("Date").fill(date);
    await reviews.getByLabel("Start time").fill("18:00");
    await reviews.getByLabel("Length").selectOption({ label: "45 minutes" });
    await reviews.getByRole("button", { name: "Schedule review" }).click();
    const adaTime = `${startsAt.setLocale("en-GB").toFormat("cccc d LLLL yyyy")}, 18:00–18:45 (Europe/London)`;
    await expect(a.page.getByText("Review scheduled. You and Grace Hopper both get an invitation by email.")).toBeVisible();
    const next = reviews.getByTestId("next-review");
    await expect(next).toContainText(adaTime);
    const graceLocal = startsAt.setZone("America/New_York").setLocale("en-GB");
    const graceTime = `${graceLocal.toFormat("cccc d LLLL yyyy, HH:mm")}–${graceLocal.plus({ minutes: 45 }).toFormat("HH:mm")} (America/New_York)`;
    await expect(next).toContainText(`For Grace Hopper: ${graceTime}`);

    await b.page.goto(pairingPath);
    const graceNext = b.page.getByRole("region", { name: "Review sessions" }).getByTestId("next-review");
    await expect(graceNext).toContainText(graceTime);
    await expect(graceNext).toContainText(`For Ada Lovelace: ${adaTime}`);
  });

  await test.step("both get an invitation whose .ics parses: METHOD:REQUEST, stable UID, SEQUENCE 0, the right start", async () => {
    for (const [person, other] of [
      [ada, grace],
      [grace, ada],
    ] as const) {
      const email = await waitForEmail(person.email, `Goal review with ${other.name}`);
      const parsed = invite(email);
      expect(parsed.attachment.contentType).toBe("text/calendar");
      expect(parsed.attachment.method).toBe("REQUEST");
      expect(parsed.method).toBe("REQUEST");
      expect(parsed.uid).toMatch(/^review-[0-9a-f-]{36}@stepwise$/);
      expect(parsed.sequence).toBe(0);
      expect(parsed.start).toBe(startsAt.toUTC().toISO());
      sessionPath = new URL(linkFrom(email, `${pairingPath}/reviews/`)).pathname;
      sessionId = sessionPath.split("/").pop() as string;
      expect(parsed.uid).toBe(`review-${sessionId}@stepwise`);
    }
  });

  await test.step("both open the session page", async () => {
    await a.page.goto(pairingPath);
    await a.page.getByRole("link", { name: "Open session" }).click();
    await expect(a.page).toHaveURL(sessionPath);
    await b.page.goto(sessionPath);
    for (const page of [a.page, b.page]) {
      await expect(page.getByRole("heading", { level: 1, name: /^Goal review with / })).toBeVisible();
      await expect(page.getByRole("article", { name: adaGoal })).toBeVisible();
      await expect(page.getByRole("article", { name: graceGoal })).toBeVisible();
    }
    await expect(a.page.getByRole("heading", { level: 2, name: "Your goals" })).toBeVisible();
    await expect(a.page.getByRole("heading", { level: 2, name: "Grace Hopper's goals" })).toBeVisible();
    await expectNoViolations(b.page, "the review session page");
  });

  await test.step("Ada adjusts her goal's deadline; Grace sees it without reloading", async () => {
    const article = a.page.getByRole("article", { name: adaGoal });
    await article.getByLabel("Adjust").check();
    await article.getByLabel("New deadline").fill(`${year + 1}-12-31`);
    await article.getByLabel("Note").fill("The guild needs another year");
    await article.getByRole("button", { name: "Save decision" }).click();
    await expect(article.getByText(/^Saved: Adjust, new deadline 31 Dec/)).toBeVisible();
    await expect(article.getByTestId("goal-deadline")).toHaveText(`31 Dec ${year + 1}`);

    const seen = b.page.getByRole("article", { name: adaGoal });
    await expect(seen.getByLabel("Adjust")).toBeChecked(LIVE);
    await expect(seen.getByLabel("New deadline")).toHaveValue(`${year + 1}-12-31`);
    await expect(seen.getByLabel("Note")).toHaveValue("The guild needs another year");
    await expect(seen.getByTestId("saved-by")).toContainText("Last saved by Ada Lovelace");
    await expect(seen.getByTestId("goal-deadline")).toHaveText(`31 Dec ${year + 1}`);
  });

  await test.step("Grace decides on her goal; Ada sees it without reloading", async () => {
    const article = b.page.getByRole("article", { name: graceGoal });
    await article.getByLabel("Keep").check();
    await article.getByLabel("Note").fill("On track: two talks accepted");
    await article.getByRole("button", { name: "Save decision" }).click();
    await expect(article.getByText("Saved: Keep.", { exact: false })).toBeVisible();
    const seen = a.page.getByRole("article", { name: graceGoal });
    await expect(seen.getByLabel("Keep")).toBeChecked(LIVE);
    await expect(seen.getByLabel("Note")).toHaveValue("On track: two talks accepted");
  });

  await test.step("editing the notes at the same time loses nothing", async () => {
    const graceNotes = b.page.getByLabel("Notes for both of you");
    await graceNotes.fill("Grace: book the venue for the guild talk");
    const adaNotes = a.page.getByLabel("Notes for both of you");
    await adaNotes.fill("Ada: ask for budget");
    await a.page.getByRole("button", { name: "Save notes" }).click();
    await expect(a.page.getByText("Notes saved.")).toBeVisible();
    // Grace was typing: her text is not replaced under her.
    await b.page.waitForTimeout(3_000);
    await expect(graceNotes).toHaveValue("Grace: book the venue for the guild talk");
    await b.page.getByRole("button", { name: "Save notes" }).click();
    await expect(b.page.getByText("Ada Lovelace changed the notes first.", { exact: false })).toBeVisible();
    await expect(b.page.getByTestId("notes-conflict")).toContainText("Ada: ask for budget");
    await expect(graceNotes).toHaveValue("Grace: book the venue for the guild talk");
    await expectNoViolations(b.page, "the review session page with a conflict");
    await graceNotes.fill("Ada: ask for budget\nGrace: book the venue for the guild talk");
    await b.page.getByRole("button", { name: "Save notes" }).click();
    await expect(b.page.getByText("Notes saved.")).toBeVisible();
    await expect(adaNotes).toHaveValue("Ada: ask for budget\nGrace: book the venue for the guild talk", LIVE);
  });

  await test.step("the state endpoint answers 404 for a session that is not theirs", async () => {
    const response = await a.page.request.get(`/api/reviews/${crypto.randomUUID()}/state`);
    expect(response.status()).toBe(404);
    expect((await a.page.request.get(`/api/reviews/${sessionId}/state`)).status()).toBe(200);
  });

  const closedAt = new Date();
  await test.step("Ada closes the review; Grace's page turns read-only", async () => {
    // Closing asks first: decisions cannot change afterwards.
    await a.page.getByText("Close review", { exact: true }).click();
    await expect(a.page.getByText("Decisions cannot change afterwards. Close the review for you both?")).toBeVisible();
    await a.page.getByRole("button", { name: "Yes, close the review" }).click();
    await expect(a.page).toHaveURL(`${sessionPath}?closed=1`);
    await expect(a.page.getByText("Review closed. You both get a summary by email, and your next review is booked.")).toBeVisible();
    await expect(a.page.getByRole("button", { name: "Save decision" })).toHaveCount(0);
    await expect(b.page.getByText("This review is closed (by Ada Lovelace).", { exact: false })).toBeVisible(LIVE);
    await expect(b.page.getByRole("article", { name: adaGoal }).getByTestId("final-decision")).toContainText(`Adjust, new deadline 31 Dec ${year + 1}`);
  });

  await test.step("both get a summary, and an invitation to the next review three months on at the same local time", async () => {
    const nextStart = startsAt.plus({ months: 3 });
    for (const [person, other] of [
      [ada, grace],
      [grace, ada],
    ] as const) {
      const summary = await waitForEmail(person.email, `Summary of your goal review with ${other.name}`);
      expect(summary.text).toContain(`“${adaGoal}”: adjusted: deadline 30 Jun ${year} → 31 Dec ${year + 1} (The guild needs another year)`);
      const next = invite(await waitForEmail(person.email, `Goal review with ${other.name}`, { after: closedAt }));
      expect(next).toMatchObject({ method: "REQUEST", sequence: 0, start: nextStart.toUTC().toISO() });
      expect(next.uid).not.toBe(`review-${sessionId}@stepwise`);
    }
  });

  await test.step("Ada's goal shows the adjusted deadline and the review decision", async () => {
    await a.page.goto(`/goals/${adaGoalId}`);
    await expect(a.page.getByRole("list", { name: "About this goal" })).toContainText(`31 Dec ${year + 1}`);
    const history = a.page.getByRole("region", { name: "Review decisions" });
    await expect(history.getByTestId("review-decision")).toHaveText(`Adjusted: deadline 30 Jun ${year} → 31 Dec ${year + 1}`);
    await expect(history).toContainText("Saved by you");
    await a.page.goto(pairingPath);
    const past = a.page.getByRole("list", { name: "Past reviews, newest first" });
    await expect(past).toContainText(`Your “${adaGoal}”: Adjusted: deadline 30 Jun ${year} → 31 Dec ${year + 1}`);
    await expect(past).toContainText(`Grace Hopper's “${graceGoal}”: Kept as it is`);
  });
});

test("the suggested slot in one click, then rescheduled (SEQUENCE 1) and cancelled (METHOD:CANCEL) from the pairing page", async ({ browser }) => {
  test.setTimeout(120_000);
  const { a, b, pairingPath } = await newBuddies(browser, { name: "Ada Byron", timeZone: "Europe/London" }, { name: "Grace Brewster", timeZone: "Asia/Tokyo" });
  const [ada, grace] = [a.user, b.user];

  await b.page.goto(pairingPath);
  const reviews = b.page.getByRole("region", { name: "Review sessions" });
  await reviews.getByRole("button", { name: "Schedule the suggested slot" }).click();
  await expect(b.page.getByText("Review scheduled. You and Ada Byron both get an invitation by email.")).toBeVisible();
  await expect(reviews.getByTestId("next-review")).toContainText(", 18:00–19:00 (Asia/Tokyo)");
  const first = invite(await waitForEmail(ada.email, "Goal review with Grace Brewster"));
  expect(first).toMatchObject({ method: "REQUEST", sequence: 0 });

  // Ada moves it to a date of her choosing, in her zone.
  const date = DateTime.now().setZone("Europe/London").plus({ days: 20 }).toISODate() as string;
  await a.page.goto(pairingPath);
  const adaReviews = a.page.getByRole("region", { name: "Review sessions" });
  // Ada booked nothing (Grace did), so her section also offers "Propose another time": the
  // reschedule form is the one under its own summary.
  const rescheduling = adaReviews.locator("details", { has: a.page.locator("summary", { hasText: /^Reschedule$/ }) });
  await rescheduling.locator("summary").click();
  await rescheduling.getByLabel("Date").fill(date);
  await rescheduling.getByLabel("Start time").fill("07:30");
  await expect(rescheduling.getByTestId("both-times")).toContainText("07:30 (Europe/London) · For Grace Brewster:");
  const tokyo = DateTime.fromISO(`${date}T07:30`, { zone: "Europe/London" }).setZone("Asia/Tokyo").toFormat("HH:mm");
  await expect(rescheduling.getByTestId("both-times")).toContainText(`${tokyo} (Asia/Tokyo)`);
  await expect(rescheduling.getByTestId("both-times")).toContainText("Outside 8:00–21:00 for you.");
  await rescheduling.getByRole("button", { name: "Move the review" }).click();
  // 07:30 is before Ada's day starts: warned once, and she books it anyway.
  await expect(rescheduling.getByRole("alert").filter({ hasText: "Book it anyway?" })).toContainText("07:30 for you (Europe/London), outside 8:00–21:00");
  await rescheduling.getByRole("button", { name: "Book it anyway" }).click();
  await expect(a.page.getByText("Review moved. You and Grace Brewster both get the updated invitation by email.")).toBeVisible();
  for (const person of [ada, grace]) {
    const moved = invite(await waitForEmail(person.email, "Updated: Goal review with"));
    expect(moved).toMatchObject({ method: "REQUEST", uid: first.uid, sequence: 1, start: DateTime.fromISO(`${date}T07:30`, { zone: "Europe/London" }).toUTC().toISO() });
  }

  await adaReviews.getByText("Cancel this review").click();
  await expectNoViolations(a.page, "/buddies/<id> with a scheduled review and the cancel confirmation open");
  await adaReviews.getByRole("button", { name: "Yes, cancel the review" }).click();
  await expect(a.page.getByText("The review is cancelled.", { exact: false })).toBeVisible();
  await expect(adaReviews.getByRole("button", { name: "Schedule the suggested slot" })).toBeVisible();
  for (const person of [ada, grace]) {
    const email = await waitForEmail(person.email, "Cancelled: Goal review with");
    const cancelled = invite(email);
    expect(cancelled.attachment.method).toBe("CANCEL");
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: first.uid, sequence: 2 });
  }
  await a.context.close();
  await b.context.close();
});
