// What every unsubscribable email carries: a link in the footer to a page that works without
// signing in, and the List-Unsubscribe headers so mail clients can offer one-click
// unsubscribe (the POST goes to the API route, which needs no confirmation).
import { appUrl } from "@/lib/account/links";
import { EMAIL_CATEGORIES, type EmailCategory } from "./categories";
import { createUnsubscribeToken } from "./token";

export type UnsubscribeLinks = {
  /** The page a person opens from the email footer. */
  pageUrl: string;
  headers: { "List-Unsubscribe": string; "List-Unsubscribe-Post": string };
};

export function unsubscribeLinks(userId: string, category: EmailCategory): UnsubscribeLinks {
  const token = createUnsubscribeToken(userId, category);
  return {
    pageUrl: appUrl(`/unsubscribe/${token}`),
    headers: {
      "List-Unsubscribe": `<${appUrl(`/api/unsubscribe/${token}`)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

/** The headers and the footer link for one email, ready for sendEmail and renderEmailLayout. */
export function unsubscribeParts(userId: string, category: EmailCategory): { headers: UnsubscribeLinks["headers"]; unsubscribe: { label: string; url: string } } {
  const links = unsubscribeLinks(userId, category);
  return { headers: links.headers, unsubscribe: { label: `Unsubscribe from ${EMAIL_CATEGORIES[category].label}`, url: links.pageUrl } };
}
