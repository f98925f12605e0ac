// The shared look of every Stepwise email, as a plain-text part and an HTML part built from
// the same content. All text is escaped here, so templates pass user input (names) as is.
// Links are written on a line of their own in the text part so they can be copied whole.
import { escapeHtml } from "./escape-html";

export interface EmailAction {
  label: string;
  url: string;
}

export interface EmailLayoutInput {
  /** The preview line mail clients show next to the subject (HTML only). */
  preheader?: string;
  heading: string;
  paragraphs: string[];
  /** The main call to action, shown as a button. */
  action?: EmailAction;
  /** A further link, shown as a plain link under the button. */
  secondaryAction?: EmailAction;
  footer?: string;
  /** Shown in the footer of every email a person can turn off. */
  unsubscribe?: EmailAction;
}

export interface RenderedEmail {
  text: string;
  html: string;
}

const DEFAULT_FOOTER = "Stepwise: set career goals and reach them with an accountability buddy.";

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export function renderEmailLayout(input: EmailLayoutInput): RenderedEmail {
  const actions = [input.action, input.secondaryAction].filter((action): action is EmailAction => action !== undefined);
  // A link in an email is only ever a web page: never javascript:, data: or a relative path.
  for (const action of [...actions, ...(input.unsubscribe ? [input.unsubscribe] : [])]) assertWebUrl(action.url);
  const footer = input.footer ?? DEFAULT_FOOTER;
  return { text: renderText(input, actions, footer), html: renderHtml(input, footer) };
}

function renderText(input: EmailLayoutInput, actions: EmailAction[], footer: string): string {
  const blocks = [
    input.heading,
    ...input.paragraphs,
    ...actions.map((action) => `${action.label}:\n${action.url}`),
    footer,
    ...(input.unsubscribe ? [`${input.unsubscribe.label}:\n${input.unsubscribe.url}`] : []),
  ];
  return `${blocks.join("\n\n")}\n`;
}

function renderHtml(input: EmailLayoutInput, footer: string): string {
  const paragraphs = input.paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px;font-size:16px;line-height:24px;color:#1e293b;">${textToHtml(paragraph)}</p>`)
    .join("\n");
  const action = input.action
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px;"><tr><td style="border-radius:6px;background:#0f172a;">` +
      `<a href="${escapeHtml(input.action.url)}" style="display:inline-block;padding:12px 20px;font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;">${escapeHtml(input.action.label)}</a>` +
      `</td></tr></table>\n` +
      `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:#475569;">If the button does not work, copy this link into your browser:<br>` +
      `<a href="${escapeHtml(input.action.url)}" style="color:#1d4ed8;word-break:break-all;">${escapeHtml(input.action.url)}</a></p>`
    : "";
  const secondary = input.secondaryAction
    ? `<p style="margin:0 0 16px;font-size:16px;line-height:24px;color:#1e293b;">` +
      `<a href="${escapeHtml(input.secondaryAction.url)}" style="color:#1d4ed8;">${escapeHtml(input.secondaryAction.label)}</a></p>`
    : "";
  const unsubscribe = input.unsubscribe
    ? `<br><a href="${escapeHtml(input.unsubscribe.url)}" style="color:#475569;">${escapeHtml(input.unsubscribe.label)}</a>`
    : "";
  const preheader = input.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(input.preheader)}</div>\n`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.heading)}</title>
</head>
<body style="margin:0;padding:0;background:#f1f5f9;">
${preheader}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:32px;font-family:${FONT};">
<h1 style="margin:0 0 24px;font-size:22px;line-height:28px;color:#0f172a;">${escapeHtml(input.heading)}</h1>
${paragraphs}
${action}
${secondary}
</td></tr>
</table>
<p style="margin:16px 0 0;max-width:560px;font-family:${FONT};font-size:13px;line-height:18px;color:#475569;">${textToHtml(footer)}${unsubscribe}</p>
</td></tr>
</table>
</body>
</html>
`;
}

function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>");
}

function assertWebUrl(url: string): void {
  const protocol = URL.canParse(url) ? new URL(url).protocol : undefined;
  // Whitespace would split the link in the text part, where it must be copyable whole.
  if ((protocol !== "https:" && protocol !== "http:") || /\s/.test(url)) {
    throw new RangeError("Email links must be absolute http(s) URLs");
  }
}
