import { expect, type Page } from "@playwright/test";

/** Creates a 5-year goal through the compact form and returns its id (`origin`: another server than the suite's). */
export async function createGoalWithForm(page: Page, goal: { title: string; area: string; deadline: string }, origin = ""): Promise<string> {
  await page.goto(`${origin}/goals/new?mode=form`);
  await page.getByLabel("Your goal in one sentence").fill(goal.title);
  await page.getByLabel("Area").selectOption({ label: goal.area });
  await page.getByLabel("5 years").check();
  await page.getByLabel("Specific: what exactly?").fill("A concrete, named outcome I can point to.");
  await page.getByLabel("Measurable: what will you measure?").fill("Whether it happened, by the date");
  await page.getByLabel("Attainable: why is it within reach?").fill("I have the skills and a mentor who helps.");
  await page.getByLabel("Relevant: why does it matter to you?").fill("It is the work I want to be known for.");
  await page.getByLabel("Time-bound: the deadline").fill(goal.deadline);
  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page).toHaveURL(/\/goals\/[0-9a-f-]{36}\?created=1$/);
  return new URL(page.url()).pathname.split("/")[2] as string;
}
