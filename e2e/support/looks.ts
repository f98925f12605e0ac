// The looks a page is checked and photographed in: each colour scheme, at a phone's and a
// desktop's size.
import type { Page } from "@playwright/test";

export type Look = { scheme: "light" | "dark"; size: "phone" | "desktop" };

const SIZES = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

/** Puts the page in each look in turn, the light scheme first, and runs `visit` in it. */
export async function inEachLook(page: Page, visit: (look: Look) => Promise<void>): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of SIZES) {
      await page.setViewportSize(viewport);
      await visit({ scheme, size });
    }
  }
}
