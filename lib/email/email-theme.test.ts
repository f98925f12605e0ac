// The email colours are copies (mail clients cannot read the app's CSS variables): this keeps
// them equal to the theme in app/globals.css, light and dark.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DARK_EMAIL_PALETTE, LIGHT_EMAIL_PALETTE } from "./email-theme";

const css = readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");
const darkBlock = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
const themeBlock = css.slice(css.indexOf("@theme"), css.indexOf("}", css.indexOf("@theme")));

function variable(block: string, name: string): string | undefined {
  return new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, "i").exec(block)?.[1]?.toLowerCase();
}

describe("email colours follow the app's theme", () => {
  it("light: the brand colour of buttons and links is the app's brand-700", () => {
    expect(variable(themeBlock, "brand-700")).toBe(LIGHT_EMAIL_PALETTE.button);
    expect(LIGHT_EMAIL_PALETTE.link).toBe(LIGHT_EMAIL_PALETTE.button);
  });

  it("dark: every colour is the app's dark remapping of the same token", () => {
    expect(variable(darkBlock, "stone-50")).toBe(DARK_EMAIL_PALETTE.page);
    expect(variable(darkBlock, "white")).toBe(DARK_EMAIL_PALETTE.card);
    expect(variable(darkBlock, "slate-200")).toBe(DARK_EMAIL_PALETTE.border);
    expect(variable(darkBlock, "slate-900")).toBe(DARK_EMAIL_PALETTE.heading);
    expect(variable(darkBlock, "slate-800")).toBe(DARK_EMAIL_PALETTE.text);
    expect(variable(darkBlock, "slate-600")).toBe(DARK_EMAIL_PALETTE.muted);
    expect(variable(darkBlock, "brand-700")).toBe(DARK_EMAIL_PALETTE.link);
    expect(variable(darkBlock, "brand-700")).toBe(DARK_EMAIL_PALETTE.button);
    expect(variable(darkBlock, "white")).toBe(DARK_EMAIL_PALETTE.buttonText);
  });
});
