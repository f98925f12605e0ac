// The accountability loop, closed (issue 14), as two new users live it: Ada in London and Grace
// in New York agree the rules both ways, book a review at a civil hour for both (the .ics
// parsed), Grace proposes another time and Ada confirms it (the update parsed), close it after confirming, Ada achieves a shared goal and Grace's badge updates
// without a reload, the email arrives, the notification opens the exact item and is read,
// Grace congratulates and Ada sees it; then Grace deletes her account and Ada is told and
// receives a CANCEL for the review. axe checks every page this issue changed.
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { expectNoViolations } from "./support/axe";
import { shareGoals } from "./support/buddies";
import { expect, test } from "./support/fixtures";
import { createGoalWithForm } from "./support/goals";
import { waitForEmail, type CapturedEmail } from "./support/mailbox";

function invite(email: CapturedEmail) {
  const attachment = email.attachments.find((candidate) => candidate.filename === "invite.ics");
  if (!attachment) throw new Error(`No invite.ics attached to "${email.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
  return { method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate() };
}

const inHours = (instant: Date, zone: string) => {
  const local = DateTime.fromJSDate(instant, { zone });
  return local.hour >= 8 && local.plus({ hours: 1 }).hour <= 21 && local.plus({ hours: 1 }).hasSame(local, "day");
};

test("two buddies in London and New York close the loop: rules, a review at a civil hour, an achievement cheered, and a clean ending", async ({ buddies }) => {
  test.setTimeout(300_000);
  const year = new Date().getFullYear() + 2;
  const { a, b, pairingPath } = buddies;
  const [ada, grace] = [a.user, b.user];
  const goalTitle = `Publish the accessibility guide by ${year}`;
  let goalId = "";

  await test.step("they are buddies and Ada shares a goal", async () => {
    goalId = await createGoalWithForm(a.page, { title: goalTitle, area: "Make a difference in my field", deadline: `${year}-06-30` });
    await shareGoals(a.page, [goalTitle]);
  });

  await test.step("the rules are agreed both ways: Ada proposes, Grace proposes a change, Ada accepts", async () => {
    await a.page.goto(pairingPath);
    const agreement = a.page.getByRole("region", { name: "Our agreement" });
    await agreement.getByLabel("Every two weeks").check();
    await agreement.getByRole("button", { name: "Propose these rules" }).click();
    await expect(agreement.getByText("Proposed. Your buddy is asked to accept it or propose a change.")).toBeVisible();

    await b.page.goto(pairingPath);
    const seen = b.page.getByRole("region", { name: "Our agreement" });
    await expect(seen.getByTestId("agreement-status")).toContainText("Waiting for agreement: you not yet · Ada Lovelace ✓");
    await seen.getByLabel("Remind us this many days before a shared deadline").fill("2");
    await seen.getByRole("button", { name: "Propose these rules" }).click();
    await expect(seen.getByText("Proposed. Your buddy is asked to accept it or propose a change.")).toBeVisible();

    await a.page.goto("/dashboard");
    await expect(a.page.getByRole("region", { name: "Our agreement" })).toContainText("Pending: waiting for you to accept or propose a change.");
    await expectNoViolations(a.page, "/dashboard with a pending agreement and the buddy side");
    await a.page.goto(pairingPath);
    await a.page.getByRole("region", { name: "Our agreement" }).getByRole("button", { name: "Accept our agreement" }).click();
    await expect(a.page.getByTestId("agreement-status")).toContainText(/^Agreed by you both: you ✓ \d{1,2} \w{3} · Grace Hopper ✓ \d{1,2} \w{3}$/);
    await expect(a.page.getByRole("region", { name: "Our agreement" })).toContainText("remind each other 2 days before a shared deadline");
    await expectNoViolations(a.page, "/buddies/<id> with the agreement agreed");
  });

  let reviewUid = "";
  await test.step("Ada books the suggested review: inside 08:00–21:00 for both, on the page and in the .ics", async () => {
    const reviews = a.page.getByRole("region", { name: "Review sessions" });
    await expect(reviews).toContainText("Inside 08:00–21:00 on a weekday for you both");
    const buddyTime = await reviews.getByTestId("suggested-buddy-time").textContent();
    expect(buddyTime).toMatch(/^For Grace Hopper: \w+day \d{1,2} \w+ \d{4}, \d{2}:\d{2}–\d{2}:\d{2} \(America\/New_York\)$/);
    await reviews.getByRole("button", { name: "Schedule the suggested slot" }).click();
    await expect(a.page.getByText("Review scheduled. You and Grace Hopper both get an invitation by email.")).toBeVisible();
    const request = invite(await waitForEmail(grace.email, "Goal review with Ada Lovelace"));
    expect(request.method).toBe("REQUEST");
    reviewUid = request.uid;
    expect(inHours(request.start, "Europe/London")).toBe(true);
    expect(inHours(request.start, "America/New_York")).toBe(true);
    const london = DateTime.fromJSDate(request.start, { zone: "Europe/London" }).setLocale("en-GB").toFormat("cccc d LLLL yyyy, HH:mm");
    const newYork = DateTime.fromJSDate(request.start, { zone: "America/New_York" }).setLocale("en-GB").toFormat("cccc d LLLL yyyy, HH:mm");
    const next = reviews.getByTestId("next-review");
    await expect(next).toContainText(`${london}–`);
    await expect(next).toContainText(`For Grace Hopper: ${newYork}–`);
  });

  await test.step("Grace proposes another time instead; Ada confirms it from the notification; both get the update (same UID, SEQUENCE 1)", async () => {
    await b.page.goto(pairingPath);
    const next = b.page.getByRole("region", { name: "Review sessions" }).getByTestId("next-review");
    await next.getByText("Propose another time", { exact: true }).click();
    const propose = next.getByTestId("propose-time");
    await expect(propose.getByText(/^Suggested: .*, inside 08:00–21:00 on a weekday for you both/)).toBeVisible();
    await expect(propose.getByTestId("both-times")).toContainText(/^For you: .+ \(America\/New_York\) · For Ada Lovelace: .+ \(Europe\/London\)$/);
    await propose.getByRole("button", { name: "Propose this time" }).click();
    await expect(b.page.getByText("New time proposed. Ada Lovelace is asked to confirm it; until then the booked time stands.")).toBeVisible();
    const mine = b.page.getByTestId("time-proposal");
    await expect(mine).toContainText("You proposed another time");
    await expect(mine).toContainText("Waiting for Ada Lovelace to confirm it. Until then the booked time stands.");
    await expectNoViolations(b.page, "/buddies/<id> with a proposed time waiting for the buddy");
    await b.page.emulateMedia({ colorScheme: "dark" });
    await expectNoViolations(b.page, "/buddies/<id> with a proposed time waiting for the buddy, dark");
    await b.page.emulateMedia({ colorScheme: "light" });

    const proposal = await waitForEmail(ada.email, "Grace Hopper proposed another time for your goal review");
    expect(proposal.subject).toBe("Grace Hopper proposed another time for your goal review");
    expect(proposal.text).toMatch(/\(Europe\/London\)\s+For Grace Hopper: \w+day \d{1,2} \w+ \d{4}, \d{2}:\d{2}–\d{2}:\d{2} \(America\/New_York\)/);
    expect(proposal.text).toContain("Until you confirm it, the booked time stands:");

    await a.page.goto("/notifications");
    await a.page.getByRole("link", { name: "Grace Hopper proposed another time for your goal review" }).click();
    await expect(a.page).toHaveURL(/\/buddies\/[0-9a-f-]{36}\/reviews\/[0-9a-f-]{36}$/);
    const asked = a.page.getByRole("region", { name: "A new time is proposed" });
    await expect(asked).toContainText("Grace Hopper proposed another time");
    await expect(asked).toContainText(/For Grace Hopper: .+ \(America\/New_York\)/);
    await expectNoViolations(a.page, "the review page with a proposed time to confirm");
    await a.page.emulateMedia({ colorScheme: "dark" });
    await expectNoViolations(a.page, "the review page with a proposed time to confirm, dark");
    await a.page.emulateMedia({ colorScheme: "light" });
    await asked.getByRole("button", { name: "Confirm this time" }).click();
    await expect(a.page.getByText("New time confirmed. You and Grace Hopper both get the updated invitation by email.")).toBeVisible();

    const updates = [invite(await waitForEmail(ada.email, "Updated: Goal review with Grace Hopper")), invite(await waitForEmail(grace.email, "Updated: Goal review with Ada Lovelace"))];
    for (const update of updates) {
      expect(update).toMatchObject({ method: "REQUEST", uid: reviewUid, sequence: 1 });
      expect(inHours(update.start, "Europe/London")).toBe(true);
      expect(inHours(update.start, "America/New_York")).toBe(true);
    }
    const london = DateTime.fromJSDate(updates[0]!.start, { zone: "Europe/London" }).setLocale("en-GB").toFormat("cccc d LLLL yyyy, HH:mm");
    const newYork = DateTime.fromJSDate(updates[0]!.start, { zone: "America/New_York" }).setLocale("en-GB").toFormat("cccc d LLLL yyyy, HH:mm");
    const moved = a.page.getByRole("region", { name: "Review sessions" }).getByTestId("next-review");
    await expect(moved).toContainText(`${london}–`);
    await expect(moved).toContainText(`For Grace Hopper: ${newYork}–`);
    await expect(moved).toContainText("Scheduled by Grace Hopper.");
    await expect(a.page.getByTestId("time-proposal")).toHaveCount(0);
  });

  await test.step("closing the review asks first", async () => {
    await a.page.getByRole("region", { name: "Review sessions" }).getByRole("link", { name: "Open session" }).click();
    await a.page.getByText("Close review", { exact: true }).click();
    await expect(a.page.getByText("Decisions cannot change afterwards. Close the review for you both?")).toBeVisible();
    await expectNoViolations(a.page, "the review session with the close confirmation open");
    await a.page.getByRole("button", { name: "Yes, close the review" }).click();
    await expect(a.page).toHaveURL(/\?closed=1$/);
  });

  await test.step("Ada achieves the shared goal; Grace's badge updates without a reload", async () => {
    await b.page.goto("/notifications");
    await b.page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(b.page.getByText("You are all caught up.")).toBeVisible();
    await b.page.goto("/goals");
    await expect(b.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

    await a.page.goto(`/goals/${goalId}/achieve`);
    await a.page.getByRole("button", { name: "Mark as achieved" }).click();
    await expect(a.page).toHaveURL(new RegExp(`/achievements\\?goal=${goalId}$`));
    await a.page.goto(`/goals/${goalId}/achieve#celebrate`);
    await expect(a.page.getByRole("region", { name: "Celebrate with your buddies" })).toContainText("Grace Hopper knows");
    await expectNoViolations(a.page, "the celebration screen");

    // The poll (every 30 s in a visible tab) brings the count; no reload, no navigation.
    await expect(b.page.getByRole("link", { name: "Notifications (1 unread)" })).toBeVisible({ timeout: 45_000 });
  });

  await test.step("the email arrives and names the goal and the way to respond", async () => {
    const news = await waitForEmail(grace.email, `Ada Lovelace achieved “${goalTitle}”`);
    expect(news.text).toContain("Ada Lovelace achieved a goal");
    expect(news.text).toMatch(new RegExp(`Congratulate them:\\s+http://[^\\s]+/buddies/[0-9a-f-]{36}#achievement-${goalId}`));
  });

  await test.step("the notification opens the exact achievement and is marked read; Grace cheers and congratulates", async () => {
    await b.page.getByRole("link", { name: "Notifications (1 unread)" }).click();
    await b.page.getByRole("link", { name: `Ada Lovelace achieved “${goalTitle}”` }).click();
    await expect(b.page).toHaveURL(new RegExp(`/buddies/[0-9a-f-]{36}#achievement-${goalId}$`));
    await expect(b.page.locator(`#achievement-${goalId}`)).toBeInViewport();
    await expect(b.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
    await b.page
      .locator(`#achievement-${goalId}`)
      .getByRole("button", { name: `Cheer ${goalTitle}` })
      .click();
    await expect(b.page.locator(`#achievement-${goalId}`).getByText("You cheered.")).toBeVisible();
    await b.page.getByLabel("Write a congratulation").fill("Brilliant work, Ada!");
    await b.page.getByRole("button", { name: "Send congratulations" }).click();
    await expect(b.page.getByText("Sent. They will see it next to the achievement.")).toBeVisible();
    await expectNoViolations(b.page, "/buddies/<id> with an achievement to celebrate");
  });

  await test.step("Ada sees the congratulation on the achievement card, from the notification", async () => {
    await a.page.goto("/notifications");
    await a.page.getByRole("link", { name: `Grace Hopper congratulated you on “${goalTitle}”` }).click();
    await expect(a.page).toHaveURL(/\/achievements#congratulation-[0-9a-f-]{36}$/);
    const card = a.page.locator(`#goal-${goalId}`);
    await expect(card.getByRole("region", { name: "From your buddies" })).toContainText("Grace Hopper: Brilliant work, Ada!");
    await expect(card.getByRole("region", { name: "From your buddies" })).toContainText("Grace Hopper cheered");
    await expectNoViolations(a.page, "/achievements with congratulations");
  });

  await test.step("Grace deletes her account: Ada is told and the next review leaves her calendar", async () => {
    await b.page.goto("/settings");
    await b.page.getByLabel("Type your email address to confirm").fill(grace.email);
    await b.page.getByRole("button", { name: "Delete my account" }).click();
    await expect(b.page).toHaveURL(/\/\?notice=account-deleted$/);

    const cancel = invite(await waitForEmail(ada.email, "Cancelled: Goal review with Grace Hopper"));
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.uid).not.toBe(reviewUid); // the review booked on closing, not the closed one
    expect((await waitForEmail(ada.email, "buddy pairing with Grace Hopper has ended")).text).toContain("Grace Hopper deleted their Stepwise account");
    await a.page.goto("/notifications");
    await expect(a.page.getByRole("link", { name: "Grace Hopper deleted their account, so your buddy pairing has ended" })).toBeVisible();
    await expectNoViolations(a.page, "/notifications");
    await a.page.goto("/buddies");
    await expect(a.page.getByRole("list", { name: "Invitations you sent" })).toContainText("Pairing ended");
  });
});
