import { expect, type Page } from "@playwright/test";
import { createGoalWithForm } from "./goals";

/** A calendar date `months` from today, as `YYYY-MM-DD`. */
export function monthsFromToday(months: number): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * A signed-in user's typical data, built through the UI: three goals spread over the years
 * (long titles, as people write them) and dated steps on the first, so the dashboard, the
 * goal list and the timeline all have something to lay out. Returns the first goal's id.
 */
export async function createSampleGoals(page: Page): Promise<string> {
  const first = await createGoalWithForm(page, { title: "Earn 10% more by leading the payments migration at work", area: "Increase earnings", deadline: monthsFromToday(10) });
  const add = page.getByRole("region", { name: "Add a step", exact: true });
  for (const [title, months] of [
    ["Write the migration proposal", 1],
    ["Run the pilot with one team", 4],
  ] as const) {
    await add.getByLabel("Step").fill(title);
    await add.getByLabel("Action plan").fill("Block two mornings a week for it and share a draft with my manager.");
    await add.getByLabel("Deadline (optional)").fill(monthsFromToday(months));
    await add.getByRole("button", { name: "Add step" }).click();
    await expect(add.getByLabel("Step")).toHaveValue("");
  }
  await createGoalWithForm(page, { title: "Finish a part-time master's degree in data science", area: "Knowledge and training", deadline: monthsFromToday(30) });
  await createGoalWithForm(page, { title: "Mentor five junior engineers into senior roles", area: "Make a difference in my field", deadline: monthsFromToday(54) });
  return first;
}
