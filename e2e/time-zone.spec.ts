// The time-zone combobox in Settings (issue 16): the detected zone under its current IANA name,
// searching by part of a city, each option's offset and local time, keyboard only, and axe.
import { expect, test } from "./support/fixtures";
import { expectNoViolations } from "./support/axe";
import { signIn, signUpAndVerify, strongPassword, uniqueEmail } from "./support/users";

// A browser in India: Chromium reports the old name, Asia/Calcutta.
test.use({ timezoneId: "Asia/Calcutta" });

test("choose a time zone by typing part of a city, with the keyboard alone", async ({ page }) => {
  test.setTimeout(90_000);
  const user = { name: "Srinivasa Ramanujan", email: uniqueEmail("zone"), password: strongPassword() };
  await signUpAndVerify(page, user);
  await signIn(page, user);
  await page.goto("/settings");

  const zone = page.getByRole("combobox", { name: "Time zone" });
  // Detected at sign-up, and shown under today's name.
  await expect(zone).toHaveValue("Asia/Kolkata");
  await expect(zone).toHaveAttribute("aria-expanded", "false");

  await zone.click();
  await zone.fill("kolkata");
  const list = page.getByRole("listbox", { name: "Time zones" });
  await expect(list.getByRole("option")).toHaveCount(1);
  await expect(list.getByRole("option")).toContainText(/Asia\/Kolkata\s*UTC\+05:30, \d{2}:\d{2} now/);

  await zone.fill("new y");
  await expect(zone).toHaveAttribute("aria-expanded", "true");
  const newYork = list.getByRole("option", { name: /^America\/New York/ });
  await expect(newYork).toContainText(/UTC-0[45]:00/);
  // The first match is active; Enter chooses it.
  await expect(zone).toHaveAttribute("aria-activedescendant", (await list.getByRole("option").first().getAttribute("id")) as string);
  await page.keyboard.press("Enter");
  await expect(zone).toHaveValue("America/New York");
  await expect(zone).toHaveAttribute("aria-expanded", "false");

  // Escape leaves a half-typed search and keeps the choice.
  await zone.fill("tok");
  await expect(list.getByRole("option", { name: /^Asia\/Tokyo/ })).toBeVisible();
  await expectNoViolations(page, "/settings with the time-zone list open");
  await page.keyboard.press("Escape");
  await expect(zone).toHaveValue("America/New York");
  await expect(list).toBeHidden();

  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("America/New York");
});
