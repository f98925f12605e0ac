// Free-text fields never cut what a person typed or pasted: no browser maxLength, the server's
// limit answers with a field message, and the whole text is still in the field to shorten.
import { createGoalWithForm } from "./support/goals";
import { expectNoViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

test("an invitation message over the limit is refused with a message, and kept whole", async ({ page, login }) => {
  await login({ prefix: "longinvite" });
  await page.goto("/buddies");
  const message = "I would love you as my buddy. ".repeat(34); // 1,020 characters
  await page.getByLabel("Their email address").fill("someone@example.com");
  // Typed as a paste would arrive (fill() sets the value directly, which maxLength would not stop).
  await page.getByLabel("Personal message (optional)").focus();
  await page.keyboard.insertText(message);
  await expect(page.getByLabel("Personal message (optional)")).toHaveValue(message);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Keep the message to 1000 characters.")).toBeVisible();
  await expect(page.getByLabel("Personal message (optional)")).toHaveValue(message);
  await expect(page.getByText("Invitation sent to")).toHaveCount(0);
  await expectNoViolations(page, "/buddies with a message over the limit");
});

test("a review schedule over the limit is refused with a message, and kept whole", async ({ buddies }) => {
  const { page } = buddies.a;
  await page.goto(buddies.pairingPath);
  const schedule = "The first Tuesday evening of each quarter, after work. ".repeat(4); // 220 characters
  const field = page.getByLabel("When do you hold the review? (optional)");
  await field.focus();
  await page.keyboard.insertText(schedule);
  await page.getByRole("button", { name: "Propose these rules" }).click();
  await expect(page.getByText("Keep this to 200 characters.")).toBeVisible();
  await expect(field).toHaveValue(schedule);
});

test("a target role over the limit is not dropped from the draft: the page says so and keeps it", async ({ page, login }) => {
  await login({ prefix: "longrole" });
  await createGoalWithForm(page, { title: "Lead the platform team", area: "Power and responsibility", deadline: `${new Date().getFullYear() + 4}-06-30` });
  await page.goto("/interview-answers");
  const role = "Principal engineer for developer experience and platform reliability ".repeat(2); // 140 characters
  await page.getByLabel("Long-term goals (interview)").check();
  await page.getByLabel(/Lead the platform team/).check();
  await page.getByLabel("Target role (optional)").focus();
  await page.keyboard.insertText(role);
  await page.getByRole("button", { name: "Draft my answer" }).click();
  await expect(page.getByText("Keep the role to 120 characters.")).toBeVisible();
  await expect(page.getByLabel("Target role (optional)")).toHaveValue(role.trim());
  await expect(page.getByRole("heading", { name: "What are your long-term career goals?" })).toHaveCount(0);
  await expectNoViolations(page, "/interview-answers with a role over the limit");
});
