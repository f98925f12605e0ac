// Accountability buddies, end to end, with two people in two browser contexts: an invitation by
// email to someone without an account, sign-up through the invitation, the agreement both
// edit, sharing one goal and keeping one private, a check-in with a comment and a cheer, the
// owner hearing about it, and ending the pairing (access ends at once).
import type { BrowserContext } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { linkFrom, listEmails, waitForEmail } from "./support/mailbox";
import { createGoalWithForm } from "./support/goals";
import { newClient } from "./support/buddies";
import { expect, test } from "./support/fixtures";
import { distinctClientAddress, strongPassword, uniqueEmail, type TestUser } from "./support/users";
import { createUser, signInAs } from "./support/world";

test("invite a buddy by email, agree, share one goal, comment and cheer, end the pairing", async ({ browser }) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear() + 3;
  const grace: TestUser = { name: "Grace Hopper", email: uniqueEmail("buddy-grace"), password: strongPassword() };
  const sharedTitle = `Lead the design guild at work by ${year}`;
  const privateTitle = `Move to Lisbon and freelance by ${year}`;
  const a = await newClient(browser);
  const b = await newClient(browser);
  let sharedGoalId = "";
  let invitePath = "";
  let pairingPath = "";
  const ada = await createUser("buddy-ada", { name: "Ada Lovelace" });

  await test.step("Ada, signed in, creates two goals", async () => {
    await signInAs(a.context, ada);
    sharedGoalId = await createGoalWithForm(a.page, { title: sharedTitle, area: "Power and responsibility", deadline: `${year}-06-30` });
    await createGoalWithForm(a.page, { title: privateTitle, area: "Increase earnings", deadline: `${year}-09-30` });
  });

  await test.step("Ada invites Grace by email with a message", async () => {
    await a.page.goto("/buddies");
    await expect(a.page.getByRole("heading", { level: 1, name: "Buddies" })).toBeVisible();
    await expect(a.page.getByText("Nothing is ever public.")).toBeVisible();
    await expectNoViolations(a.page, "/buddies, no buddies yet");
    await a.page.getByLabel("Their email address").fill(grace.email);
    await a.page.getByLabel("Personal message (optional)").fill("You kept me honest at the bootcamp. Be my buddy?");
    await a.page.getByRole("button", { name: "Send invitation" }).click();
    await expect(a.page.getByText(`Invitation sent to ${grace.email}.`)).toBeVisible();
    const sent = a.page.getByRole("list", { name: "Invitations you sent" }).getByRole("listitem");
    await expect(sent).toHaveCount(1);
    await expect(sent.first()).toContainText(grace.email);
    await expect(sent.first()).toContainText("Pending");
    await expect(sent.first().getByRole("button", { name: `Resend the invitation to ${grace.email}` })).toBeVisible();
    await expect(sent.first().getByRole("button", { name: `Revoke the invitation to ${grace.email}` })).toBeVisible();
  });

  await test.step("Grace, with no account, opens the link in the email and signs up from the invitation", async () => {
    const email = await waitForEmail(grace.email, "Ada Lovelace invited you to be their Stepwise buddy");
    expect(email.text).toContain("You kept me honest at the bootcamp. Be my buddy?");
    const link = linkFrom(email, "/invites/");
    invitePath = new URL(link).pathname;
    await b.page.goto(link);
    await expect(b.page.getByRole("heading", { level: 1, name: "Ada Lovelace invited you to be their buddy" })).toBeVisible();
    await expect(b.page.getByText("You kept me honest at the bootcamp. Be my buddy?")).toBeVisible();
    await expectNoViolations(b.page, "/invites/<token>, signed out");

    await b.page.getByRole("link", { name: "Create an account" }).click();
    await expect(b.page).toHaveURL(`/sign-up?next=${encodeURIComponent(invitePath)}&email=${encodeURIComponent(grace.email)}`);
    await expect(b.page.getByLabel("Email")).toHaveValue(grace.email);
    await b.page.getByLabel("Name").fill(grace.name);
    await b.page.getByLabel("Password").fill(grace.password);
    await b.page.getByRole("button", { name: "Create account" }).click();
    // The invitation link proved the mailbox: no confirmation email, back at the invitation signed in (issue 15).
    await expect(b.page).toHaveURL(invitePath);
    await expect(b.page.getByRole("button", { name: "Accept" })).toBeVisible();
  });

  await test.step("signed in with another address, the invitation says whom it is for", async () => {
    await a.page.goto(invitePath);
    await expect(a.page.getByText(`This invitation was sent to ${grace.email}. Sign out and sign in with that address.`)).toBeVisible();
    await expect(a.page.getByRole("button", { name: "Accept" })).toHaveCount(0);
    await expect(a.page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectNoViolations(a.page, "/invites/<token>, signed in as someone else");
  });

  await test.step("Grace also finds the invitation on her Buddies page", async () => {
    await b.page.goto("/buddies");
    const received = b.page.getByRole("region", { name: "Invitations for you" });
    await expect(received).toContainText("Ada Lovelace would like you to be their accountability buddy.");
    await expect(received).toContainText("You kept me honest at the bootcamp. Be my buddy?");
    await expect(received.getByRole("button", { name: "Accept Ada Lovelace's invitation" })).toBeVisible();
    await expect(received.getByRole("button", { name: "Decline Ada Lovelace's invitation" })).toBeVisible();
    await expectNoViolations(b.page, "/buddies with an invitation received");
    await b.page.goto(invitePath);
  });

  await test.step("Grace accepts and lands on the pairing, welcomed", async () => {
    await expect(b.page.getByRole("button", { name: "Decline" })).toBeVisible();
    await expectNoViolations(b.page, "/invites/<token>, signed in as the invitee");
    await b.page.getByRole("button", { name: "Accept" }).click();
    await expect(b.page).toHaveURL(/\/buddies\/[0-9a-f-]{36}\?welcome=1$/);
    pairingPath = new URL(b.page.url()).pathname;
    await expect(b.page.getByText("You are now buddies. Agree how you will work together below.")).toBeVisible();
    await expect(b.page.getByRole("heading", { level: 1, name: "Ada Lovelace's shared goals" })).toBeVisible();
    await expect(b.page).toHaveTitle("Ada Lovelace's shared goals · Stepwise");
    // Nothing is shared yet: neither of Ada's goals is visible.
    await expect(b.page.getByText("Ada Lovelace has not shared any goals with you yet.")).toBeVisible();
    await expectNoViolations(b.page, "/buddies/<id>, welcome, nothing shared");
  });

  await test.step("Ada sets the rules; Grace sees the change and the agreement sentence", async () => {
    await a.page.goto("/buddies");
    const circle = a.page.getByRole("region", { name: "Your circle" });
    await expect(circle.getByRole("heading", { name: "Grace Hopper" })).toBeVisible();
    await expect(a.page.getByRole("list", { name: "Invitations you sent" })).toContainText("Accepted");
    await circle.getByRole("link", { name: "Grace Hopper's shared goals and our agreement" }).click();
    await expect(a.page).toHaveURL(pairingPath);
    const agreement = a.page.getByRole("region", { name: "Our agreement" });
    await agreement.getByLabel("Every two weeks").check();
    await agreement.getByLabel("Remind us this many days before a shared deadline").fill("5");
    await agreement.getByLabel("Every quarter").check();
    await agreement.getByLabel("When do you hold the review? (optional)").fill("First Tuesday evening of the quarter");
    await agreement.getByRole("button", { name: "Propose these rules" }).click();
    await expect(agreement.getByText("Proposed. Your buddy is asked to accept it or propose a change.")).toBeVisible();
    await expect(agreement.getByTestId("agreement-status")).toContainText(/Waiting for agreement: you ✓ \d{1,2} \w{3} · Grace Hopper not yet/);
    const sentence = "We check in every two weeks, remind each other 5 days before a shared deadline, and review our goals together every quarter (First Tuesday evening of the quarter).";
    await expect(agreement.getByText(sentence)).toBeVisible();
    await expect(agreement.getByText(/^Last changed by you on /)).toBeVisible();

    await b.page.goto(pairingPath);
    const seen = b.page.getByRole("region", { name: "Our agreement" });
    await expect(seen.getByText(sentence)).toBeVisible();
    await expect(seen.getByText(/^Last changed by Ada Lovelace on /)).toBeVisible();
    await expect(seen.getByLabel("Every two weeks")).toBeChecked();
    await expect(seen.getByLabel("Remind us this many days before a shared deadline")).toHaveValue("5");
    await b.page.goto("/buddies");
    await expect(b.page.getByRole("region", { name: "Your circle" })).toContainText(sentence);
    // Until Grace accepts, both dashboards say the agreement is pending.
    await b.page.goto("/dashboard");
    await expect(b.page.getByRole("region", { name: "Our agreement" })).toContainText("Pending: waiting for you to accept or propose a change.");
    await b.page.goto(pairingPath);
    await b.page.getByRole("region", { name: "Our agreement" }).getByRole("button", { name: "Accept our agreement" }).click();
    // The accept button goes once accepted; the status line is the answer.
    await expect(b.page.getByTestId("agreement-status")).toContainText(/Agreed by you both: you ✓ \d{1,2} \w{3} · Ada Lovelace ✓ \d{1,2} \w{3}/);
    // "Our agreement" on both dashboards, no longer pending.
    for (const page of [a.page, b.page]) {
      await page.goto("/dashboard");
      await expect(page.getByRole("region", { name: "Our agreement" })).toContainText(sentence);
      await expect(page.getByRole("region", { name: "Our agreement" })).not.toContainText("Pending");
    }
  });

  await test.step("Ada shares one goal and keeps the other private", async () => {
    await a.page.goto("/buddies");
    const share = a.page.getByRole("region", { name: "What you share" });
    await expect(share.getByRole("checkbox", { name: new RegExp(sharedTitle) })).not.toBeChecked();
    await share.getByRole("checkbox", { name: new RegExp(sharedTitle) }).check();
    await expect(share.getByRole("checkbox", { name: new RegExp(privateTitle) })).not.toBeChecked();
    await share.getByRole("button", { name: "Save sharing" }).click();
    await expect(share.getByText("Saved. Your buddies see 1 goal.")).toBeVisible();
    await expect(share.getByRole("checkbox", { name: new RegExp(sharedTitle) })).toBeChecked();
    await expect(share.getByRole("checkbox", { name: `${sharedTitle} (shared now)` })).toBeVisible();
    await expect(share.getByRole("checkbox", { name: `${privateTitle} (private now)` })).not.toBeChecked();
  });

  await test.step("Grace sees exactly the shared goal, and nothing of the private one", async () => {
    await b.page.goto(pairingPath);
    await expect(b.page.getByRole("heading", { level: 2, name: sharedTitle })).toBeVisible();
    await expect(b.page.getByRole("article")).toHaveCount(1);
    // Not in the page at all, including the data the page was rendered from.
    expect(await b.page.content()).not.toContain(privateTitle);
    // Read-only: nothing on the page edits Ada's goal.
    await expect(b.page.getByRole("button", { name: /Mark done|Edit|Delete|Drop/ })).toHaveCount(0);
  });

  await test.step("Ada checks in on the shared goal", async () => {
    await a.page.goto(`/goals/${sharedGoalId}`);
    const checkIn = a.page.getByRole("region", { name: "Check in", exact: true });
    await checkIn.getByLabel("How is it going?").fill("Ran the first guild session: 9 designers came.");
    await checkIn.getByRole("button", { name: "Check in" }).click();
    await expect(a.page.getByRole("list", { name: "Check-ins, newest first" }).getByText("Ran the first guild session: 9 designers came.")).toBeVisible();
  });

  await test.step("Grace comments and cheers on that check-in", async () => {
    await b.page.goto(pairingPath);
    const checkIn = b.page
      .getByRole("list", { name: `Check-ins on ${sharedTitle}, newest first` })
      .getByRole("listitem")
      .filter({ hasText: "Ran the first guild session" });
    await expect(checkIn).toHaveCount(1);
    await checkIn.getByLabel("Your comment").fill("Nine on day one! What topic is next?");
    await checkIn.getByRole("button", { name: "Comment" }).click();
    await expect(checkIn.getByText("Comment posted.")).toBeVisible();
    await expect(checkIn.getByRole("list", { name: "Comments on this check-in" })).toContainText("Nine on day one! What topic is next?");
    await expect(checkIn.getByLabel("Your comment")).toHaveValue("");
    await checkIn.getByRole("button", { name: "Cheer" }).click();
    await expect(checkIn.getByText("You cheered this check-in.")).toBeVisible();
    await expect(checkIn.getByRole("list", { name: "Comments on this check-in" })).toContainText("You cheered");
    await expectNoViolations(b.page, "/buddies/<id> with a shared goal, a check-in and its thread");
  });

  await test.step("Ada hears about it: unread notifications, the comment on her goal", async () => {
    await a.page.goto("/dashboard");
    // Grace accepted the invitation and the agreement, commented and cheered.
    const shellLink = a.page.getByRole("link", { name: /^Notifications/ });
    await expect(shellLink).toHaveAccessibleName("Notifications (4 unread)");
    await shellLink.click();
    await expect(a.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(a.page.getByText("4 unread notifications.")).toBeVisible();
    const list = a.page.getByRole("list", { name: "Notifications, newest first" });
    await expect(list.getByRole("listitem").first()).toContainText(`Grace Hopper cheered on “${sharedTitle}”`);
    await expect(list.getByRole("link", { name: `Grace Hopper commented on “${sharedTitle}”` })).toBeVisible();
    await expect(list).toContainText("Grace Hopper accepted your buddy invitation");
    await expect(list).toContainText("Grace Hopper accepted: your buddy agreement is agreed by you both");
    await expectNoViolations(a.page, "/notifications with unread notifications");
    await a.page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(a.page.getByText("You are all caught up.")).toBeVisible();
    await expect(a.page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);

    await list.getByRole("link", { name: `Grace Hopper commented on “${sharedTitle}”` }).click();
    // Straight to the comment itself (the anchor), through the link that marks it read.
    await expect(a.page).toHaveURL(new RegExp(`/goals/${sharedGoalId}#comment-[0-9a-f-]{36}$`));
    await expect(a.page.getByText("Nine on day one! What topic is next?")).toBeVisible();
    await a.page.getByLabel("Your reply").fill("Accessibility audits, next month.");
    await a.page.getByRole("button", { name: "Reply" }).click();
    await expect(a.page.getByText("Accessibility audits, next month.")).toBeVisible();
  });

  await test.step("email is batched: one message for the comment and cheer of the same hour", async () => {
    const activity = await waitForEmail(ada.email, "Grace Hopper left");
    expect(activity.subject).toBe("Grace Hopper left 1 comment on Stepwise");
    expect(activity.text).toContain("Nine on day one! What topic is next?");
    await b.page.waitForTimeout(500);
    expect((await listEmails(ada.email)).filter((message) => message.subject.startsWith("Grace Hopper left"))).toHaveLength(1);
  });

  await test.step("the email's unsubscribe link works signed out, settings show it, and one-click POST works too", async () => {
    const activity = await waitForEmail(ada.email, "Grace Hopper left");
    const pageLink = linkFrom(activity, "/unsubscribe/");
    const token = pageLink.split("/unsubscribe/")[1] ?? "";
    const signedOut = await a.page
      .context()
      .browser()!
      .newContext({ extraHTTPHeaders: { "x-forwarded-for": distinctClientAddress() } });
    const anonymous = await signedOut.newPage();
    await anonymous.goto(pageLink);
    await expect(anonymous.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
    await expect(anonymous.getByText("Stop emails about your buddies’ comments and cheers?")).toBeVisible();
    await expectNoViolations(anonymous, "the unsubscribe page");
    await anonymous.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(anonymous.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
    await signedOut.close();

    await a.page.goto("/settings#email");
    const toggle = a.page.getByLabel(/Buddy comments and cheers/);
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await a.page.getByRole("button", { name: "Save email settings" }).click();
    await expect(a.page.getByText("Email settings saved.")).toBeVisible();
    await a.page.reload();
    await expect(a.page.getByLabel(/Buddy comments and cheers/)).toBeChecked();

    // What a mail client does with List-Unsubscribe-Post (RFC 8058): no cookies, no confirmation.
    const oneClick = await a.page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
    const response = await oneClick.request.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: "buddy-activity" });
    expect((await oneClick.request.post(`/api/unsubscribe/${token}x`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(400);
    await oneClick.close();
    await a.page.reload();
    await expect(a.page.getByLabel(/Buddy comments and cheers/)).not.toBeChecked();
  });

  // iCalendar folds lines longer than 75 bytes; unfold before matching text.
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
  let feedUrl = "";
  await test.step("Grace's calendar feed shows Ada's shared deadline, never the private one", async () => {
    await b.page.goto("/settings");
    await b.page.getByRole("button", { name: "Create my calendar feed URL" }).click();
    feedUrl = await b.page.getByLabel("Your calendar feed URL").inputValue();
    expect(feedUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await b.page.request.get(feedUrl);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const ics = unfold(await response.text());
    expect(ics).toContain(`SUMMARY:Ada Lovelace's deadline: ${sharedTitle}`);
    expect(ics).not.toContain(privateTitle);
  });

  await test.step("Grace sees the newest 3 check-ins; the earlier ones and their comment forms are a link away", async () => {
    for (const note of ["Second session: 7 came.", "Third session: 11 came.", "Fourth session: 8 came."]) {
      await a.page.goto(`/goals/${sharedGoalId}`);
      const checkIn = a.page.getByRole("region", { name: "Check in", exact: true });
      await checkIn.getByLabel("How is it going?").fill(note);
      await checkIn.getByRole("button", { name: "Check in" }).click();
      await expect(a.page.getByRole("list", { name: "Check-ins, newest first" }).getByText(note)).toBeVisible();
    }
    await b.page.goto(pairingPath);
    const checkIns = () => b.page.getByRole("list", { name: `Check-ins on ${sharedTitle}, newest first` }).locator(":scope > li");
    await expect(checkIns()).toHaveCount(3);
    await expect(checkIns().first()).toContainText("Fourth session");
    // Only the newest has its forms on the page; the others link to theirs.
    await expect(b.page.getByLabel("Your comment")).toHaveCount(1);
    await expect(
      checkIns()
        .nth(1)
        .getByRole("link", { name: /^Comment or cheer on the check-in of / }),
    ).toBeVisible();
    await b.page.getByRole("link", { name: `Show 1 earlier check-in on ${sharedTitle}` }).click();
    await expect(checkIns()).toHaveCount(4);
    const first = checkIns().filter({ hasText: "Ran the first guild session" });
    await expect(first.getByRole("list", { name: "Comments on this check-in" })).toContainText("Nine on day one! What topic is next?");
    await first.getByRole("link", { name: /^Comment or cheer/ }).click();
    await expect(first.getByLabel("Your comment")).toBeVisible();
    await expect(first.getByText("You cheered this check-in.")).toBeVisible();
    await first.getByLabel("Your comment").fill("How did the second one go?");
    await first.getByRole("button", { name: "Comment" }).click();
    await expect(first.getByText("Comment posted.")).toBeVisible();
    await expect(first.getByRole("list", { name: "Comments on this check-in" })).toContainText("How did the second one go?");
    await b.page.goto(pairingPath);
    await checkIns().first().getByRole("button", { name: "Cheer" }).click();
    await expect(checkIns().first().getByText("You cheered this check-in.")).toBeVisible();

    // Ada's goal page: the reply form sits under the newest check-in with comments; the older one links to its own.
    await a.page.goto(`/goals/${sharedGoalId}`);
    const history = a.page.getByRole("list", { name: "Check-ins, newest first" }).locator(":scope > li");
    await expect(a.page.getByLabel("Your reply")).toHaveCount(1);
    await expect(history.first().getByLabel("Your reply")).toBeVisible();
    const guild = history.filter({ hasText: "Ran the first guild session" });
    await guild.getByRole("link", { name: /^Reply to the comments on the check-in of / }).click();
    await expect(a.page).toHaveURL(/\?reply=[0-9a-f-]{36}#check-in-/);
    await guild.getByLabel("Your reply").fill("Seven, and two new volunteers.");
    await guild.getByRole("button", { name: "Reply" }).click();
    await expect(guild.getByRole("list", { name: "Comments on this check-in" })).toContainText("Seven, and two new volunteers.");
  });

  await test.step("without JavaScript, Grace comments on and cheers an older check-in, and Ada replies", async () => {
    const withoutScript = async (client: { context: BrowserContext }) => {
      const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: false, storageState: await client.context.storageState() });
      await context.setExtraHTTPHeaders({ "x-forwarded-for": distinctClientAddress() });
      return context;
    };
    const graceContext = await withoutScript(b);
    const adaContext = await withoutScript(a);
    try {
      const gracePage = await graceContext.newPage();
      await gracePage.goto(pairingPath);
      const third = gracePage
        .getByRole("list", { name: `Check-ins on ${sharedTitle}, newest first` })
        .locator(":scope > li")
        .filter({ hasText: "Third session: 11 came." });
      await third.getByRole("link", { name: /^Comment or cheer/ }).click();
      const replyUrl = gracePage.url();
      await third.getByLabel("Your comment").fill("Eleven! What changed?");
      await third.getByRole("button", { name: "Comment" }).click();
      await gracePage.goto(replyUrl);
      await expect(third.getByRole("list", { name: "Comments on this check-in" })).toContainText("Eleven! What changed?");
      await third.getByRole("button", { name: "Cheer" }).click();
      await gracePage.goto(replyUrl);
      await expect(third.getByText("You cheered this check-in.")).toBeVisible();

      const adaPage = await adaContext.newPage();
      await adaPage.goto(`/goals/${sharedGoalId}`);
      const thread = adaPage.getByRole("list", { name: "Check-ins, newest first" }).locator(":scope > li").filter({ hasText: "Third session: 11 came." });
      await thread.getByRole("link", { name: /^Reply to the comments on the check-in of / }).click();
      const goalReplyUrl = adaPage.url();
      await thread.getByLabel("Your reply").fill("A room with a whiteboard.");
      await thread.getByRole("button", { name: "Reply" }).click();
      await adaPage.goto(goalReplyUrl);
      await expect(thread.getByRole("list", { name: "Comments on this check-in" })).toContainText("A room with a whiteboard.");
      await expect(thread.getByRole("list", { name: "Comments on this check-in" })).toContainText("Grace Hopper cheered");
    } finally {
      await graceContext.close();
      await adaContext.close();
    }
  });

  await test.step("Ada ends the pairing; Grace loses access at once", async () => {
    await a.page.goto(pairingPath);
    await a.page.getByText("End buddy pairing").click();
    await a.page.getByRole("button", { name: "Yes, end our pairing" }).click();
    await expect(a.page).toHaveURL("/buddies?ended=1");
    await expect(a.page.getByText("Your buddy pairing has ended.")).toBeVisible();
    await expect(a.page.getByText("No buddies yet.")).toBeVisible();

    const response = await b.page.goto(pairingPath);
    expect(response?.status()).toBe(404);
    const feed = unfold(await (await b.page.request.get(feedUrl)).text());
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).not.toContain(sharedTitle);
    await expect(b.page.getByText(sharedTitle)).toHaveCount(0);
    await b.page.goto("/buddies");
    await expect(b.page.getByText("No buddies yet.")).toBeVisible();
  });

  await a.context.close();
  await b.context.close();
});

test("the invite form refuses a malformed address and your own, and creates nothing", async ({ page, login }) => {
  test.setTimeout(90_000);
  const user = await login({ name: "Katherine Johnson", prefix: "buddy-self" });
  await page.goto("/buddies");
  const email = page.getByLabel("Their email address");

  await email.fill("katherine at example");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(email).toHaveValue("katherine at example");
  await expectNoViolations(page, "/buddies with an invite field error");

  await email.fill(user.email.toUpperCase());
  await page.getByLabel("Personal message (optional)").fill("Me, myself and I");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("That is your own address. Invite someone else to be your buddy.")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Personal message (optional)")).toHaveValue("Me, myself and I");

  await page.reload();
  await expect(page.getByText("You have not invited anyone yet.")).toBeVisible();
  // Nothing ever reached this address (the account was made without the sign-up email).
  expect((await listEmails(user.email)).map((message) => message.subject)).toEqual([]);
});

test("a sent invitation can be resent with a fresh link and revoked", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Dorothy Vaughan", prefix: "buddy-resend" });
  const friend = uniqueEmail("buddy-friend");
  await page.goto("/buddies");
  await page.getByLabel("Their email address").fill(friend);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${friend}.`)).toBeVisible();
  const firstLink = linkFrom(await waitForEmail(friend, "Dorothy Vaughan invited you to be their Stepwise buddy"), "/invites/");

  const before = new Date();
  await page.getByRole("button", { name: `Resend the invitation to ${friend}` }).click();
  await expect(page.getByText("Sent again, with a fresh link that works for 7 days.")).toBeVisible();
  const secondLink = linkFrom(await waitForEmail(friend, "Dorothy Vaughan invited you to be their Stepwise buddy", { after: before }), "/invites/");
  expect(secondLink).not.toBe(firstLink);

  // The first link stopped working; the new one opens the invitation.
  const other = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const visitor = await other.newPage();
  await visitor.goto(firstLink);
  await expect(visitor.getByRole("heading", { level: 1, name: "This invitation no longer works" })).toBeVisible();
  await expectNoViolations(visitor, "/invites/<token> that no longer works");
  await visitor.goto(secondLink);
  await expect(visitor.getByRole("heading", { level: 1, name: "Dorothy Vaughan invited you to be their buddy" })).toBeVisible();

  await page.getByRole("button", { name: `Revoke the invitation to ${friend}` }).click();
  await expect(page.getByText("You have not invited anyone yet.")).toBeVisible();
  await visitor.goto(secondLink);
  await expect(visitor.getByRole("heading", { level: 1, name: "This invitation was withdrawn" })).toBeVisible();
  await other.close();
});
