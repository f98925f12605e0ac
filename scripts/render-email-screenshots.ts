// Renders one email of every kind (test/fixtures/sample-emails.ts) to PNG in Chromium, at a
// phone's and a desktop mail client's width, in the light and the dark scheme, to look at the
// layout as a reader would. Chromium honours the layout's prefers-color-scheme block as Apple
// Mail does. Usage:
//   npx tsx --conditions=react-server scripts/render-email-screenshots.ts OUT_DIR [kind ...]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { SAMPLE_EMAILS } from "@/test/fixtures/sample-emails";

const [outDir = "email-screenshots", ...only] = process.argv.slice(2);
const kinds = only.length ? only : Object.keys(SAMPLE_EMAILS);
const widths = { phone: 390, desktop: 1280 } as const;

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const [size, width] of Object.entries(widths)) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const kind of kinds) {
        const render = SAMPLE_EMAILS[kind];
        if (!render) throw new Error(`No sample email "${kind}"; known: ${Object.keys(SAMPLE_EMAILS).join(", ")}`);
        await page.setContent(render().html);
        const file = path.join(outDir, `email-${kind}-${size}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
