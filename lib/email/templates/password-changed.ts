import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

export function passwordChangedMessage({ name }: { name: string }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: "The password for your Stepwise account was just changed.",
    heading: "Your password was changed",
    paragraphs: [greeting(name), "The password for your Stepwise account was just changed.", "If you made this change, there is nothing else to do. If you did not, reset your password from the sign-in page right away: someone else may know your old one."],
  });
  return { subject: "Your Stepwise password was changed", text, html };
}
