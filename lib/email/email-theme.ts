// The product's colours and type, as email clients need them: literal values (no CSS variables,
// no oklch), one set for the light page and one for the dark. They are the app's own: the brand
// scale and the dark remapping come from app/globals.css (email-theme.test.ts checks that they
// still agree), the neutrals are Tailwind's slate and stone as the app uses them.

/** Inter when the reader has it installed, else the system's own sans-serif: web fonts rarely load in mail clients. */
export const EMAIL_FONT_STACK = "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export type EmailPalette = {
  /** Behind the card: the app's page background (stone-50). */
  page: string;
  /** The card (white). */
  card: string;
  border: string;
  heading: string;
  text: string;
  muted: string;
  link: string;
  brand: string;
  button: string;
  buttonText: string;
};

export const LIGHT_EMAIL_PALETTE: EmailPalette = {
  page: "#fafaf9", // stone-50
  card: "#ffffff", // white
  border: "#e2e8f0", // slate-200
  heading: "#0f172a", // slate-900
  text: "#1e293b", // slate-800
  muted: "#475569", // slate-600
  link: "#1b5c49", // brand-700
  brand: "#1b5c49", // brand-700
  button: "#1b5c49", // brand-700, as a primary button
  buttonText: "#ffffff", // white
};

export const DARK_EMAIL_PALETTE: EmailPalette = {
  page: "#0e1513", // stone-50, dark
  card: "#151e1b", // white, dark
  border: "#2f3b37", // slate-200, dark
  heading: "#e9eeec", // slate-900, dark
  text: "#d6ddda", // slate-800, dark
  muted: "#a3aeaa", // slate-600, dark
  link: "#74c9a8", // brand-700, dark
  brand: "#74c9a8", // brand-700, dark
  button: "#74c9a8", // brand-700, dark
  buttonText: "#151e1b", // white, dark: text on a primary button turns dark on the light tint
};
