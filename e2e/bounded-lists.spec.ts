// Long lists are paged with plain links that work without JavaScript: a goal's check-ins and the
// notifications. The rows are seeded straight into the test database (the app's own forms would
// take a minute to write 50 of them); everything is then read through the browser.
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { createGoalWithForm } from "./support/goals";
import { queryDatabase } from "./support/world";

/** The signed-in person's cookies in a browser that runs no JavaScript at all. */
async function withoutJavaScript(browser: Browser, signedIn: BrowserContext): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
}

test("check-ins and notifications page back with 'Show older' links, without JavaScript", async ({ browser, context, page, login }) => {
  const user = await login({ name: "Edsger Dijkstra", prefix: "pages" });
  const goalId = await createGoalWithForm(page, { title: "Publish a paper on structured programming", area: "Knowledge and training", deadline: "2031-05-01" });

  // 23 check-ins, three pairs of them in the same millisecond (ties are broken by id, so the ties
  // sit inside a page and the newest and oldest are unique), and 53 notifications.
  await queryDatabase(
    `INSERT INTO "CheckIn" ("goalId", "authorId", "note", "createdAt")
     SELECT $1::uuid, u."id", 'Week ' || n, timestamptz '2027-01-01' + (n - CASE WHEN n IN (12, 16, 20) THEN 1 ELSE 0 END) * interval '1 day'
     FROM "User" u, generate_series(1, 23) AS n WHERE u."email" = $2`,
    [goalId, user.email],
  );
  await queryDatabase(
    `INSERT INTO "Notification" ("userId", "kind", "title", "createdAt")
     SELECT u."id", 'comment', 'Notification ' || n, timestamptz '2027-01-01' + n * interval '1 minute'
     FROM "User" u, generate_series(1, 53) AS n WHERE u."email" = $1`,
    [user.email],
  );

  const noJs = await withoutJavaScript(browser, context);
  const plain = await noJs.newPage();

  await plain.goto(`/goals/${goalId}`);
  const checkIns = plain.getByRole("list", { name: "Check-ins, newest first" }).locator(":scope > li");
  await expect(checkIns).toHaveCount(20);
  await expect(checkIns.first()).toContainText("Week 23");
  await plain.getByRole("link", { name: "Show older check-ins" }).click();
  await expect(plain).toHaveURL(/\?before=[^#]+#check-ins$/);
  await expect(checkIns).toHaveCount(3);
  await expect(checkIns.last()).toContainText("Week 1");
  await expect(plain.getByRole("link", { name: "Show older check-ins" })).toHaveCount(0);
  // The page streams, so its list can be complete before the document is. This click was once
  // lost in CI, apparently while the document was still loading: let it finish first.
  await plain.waitForLoadState("load");
  await plain.getByRole("link", { name: "Back to the latest check-ins" }).click();
  await expect(plain).toHaveURL(/\/goals\/[^?]+#check-ins$/);
  await expect(checkIns).toHaveCount(20);

  await plain.goto("/notifications");
  const notifications = plain.getByRole("list", { name: "Notifications, newest first" }).locator(":scope > li");
  await expect(notifications).toHaveCount(50);
  await expect(notifications.first()).toContainText("Notification 53");
  await expect(plain.getByText("53 unread notifications.")).toBeVisible();
  await plain.getByRole("link", { name: "Show older notifications" }).click();
  await expect(notifications).toHaveCount(3);
  await expect(notifications.last()).toContainText("Notification 1");
  await expect(plain.getByRole("link", { name: "Show older notifications" })).toHaveCount(0);
  await noJs.close();
});

test("the dashboard's due lists show their first 3 with the true count and a 'see all' link, without JavaScript", async ({ browser, context, page, login }) => {
  await login({ name: "Frances Allen", prefix: "due" });
  const goalId = await createGoalWithForm(page, { title: "Ship an optimising compiler", area: "Knowledge and training", deadline: "2031-05-01" });
  // 12 open steps, all overdue (deadlines in 2020), seeded straight into the database.
  await queryDatabase(
    `INSERT INTO "MicroGoal" ("goalId", "title", "position", "deadline")
     SELECT $1::uuid, 'Overdue step ' || n, n, date '2020-01-01' + n FROM generate_series(1, 12) AS n`,
    [goalId],
  );
  const noJs = await withoutJavaScript(browser, context);
  const plain = await noJs.newPage();
  await plain.goto("/dashboard");
  const overdue = plain.getByRole("region", { name: /^Overdue/ });
  await expect(overdue.getByRole("heading", { name: "Overdue (12)" })).toBeVisible();
  await expect(overdue.getByRole("listitem")).toHaveCount(3);
  await expect(overdue.getByRole("listitem").first()).toContainText("Overdue step 1");
  await overdue.getByRole("link", { name: "And 9 more: see all 12 overdue" }).click();
  await expect(plain).toHaveURL(/\/dashboard\?due=overdue#due-overdue-list$/);
  const all = plain.getByRole("region", { name: /^Overdue/ });
  await expect(all.getByRole("listitem")).toHaveCount(12);
  await expect(all.getByRole("listitem").last()).toContainText("Overdue step 12");
  await all.getByRole("link", { name: "Show fewer" }).click();
  await expect(plain.getByRole("region", { name: /^Overdue/ }).getByRole("listitem")).toHaveCount(3);
  await noJs.close();
});
