// The shared look of every Stepwise email, as a plain-text part and an HTML part built from
// the same content. All text is escaped here, so templates pass user input (names) as is.
// Links are written on a line of their own in the text part so they can be copied whole.
// The HTML part is the product's look (email-theme.ts) built the way mail clients render it:
// tables for layout, inline styles, a button that survives Outlook, and a dark version for
// clients that follow the reader's colour scheme.
import { DARK_EMAIL_PALETTE, EMAIL_FONT_STACK, LIGHT_EMAIL_PALETTE } from "./email-theme";
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

/** Hidden filler after the preheader, so clients do not pad the preview with the email's first lines. */
const PREHEADER_FILLER = "&#8199;&#847;".repeat(60);

export function renderEmailLayout(input: EmailLayoutInput): RenderedEmail {
  const actions = [input.action, input.secondaryAction].filter((action): action is EmailAction => action !== undefined);
  // A link in an email is only ever a web page: never javascript:, data: or a relative path.
  for (const action of [...actions, ...(input.unsubscribe ? [input.unsubscribe] : [])]) assertWebUrl(action.url);
  const footer = input.footer ?? DEFAULT_FOOTER;
  return { text: renderText(input, actions, footer), html: renderHtml(input, footer) };
}

function renderText(input: EmailLayoutInput, actions: EmailAction[], footer: string): string {
  const blocks = [input.heading, ...input.paragraphs, ...actions.map((action) => `${action.label}:\n${action.url}`), footer, ...(input.unsubscribe ? [`${input.unsubscribe.label}:\n${input.unsubscribe.url}`] : [])];
  return `${blocks.join("\n\n")}\n`;
}

// Mail clients keep inline styles and drop or rename much of the rest, so the light look is
// inline on every element; the dark look is a class-based stylesheet that only clients which
// honour prefers-color-scheme (Apple Mail, iOS, Outlook.com through its data-ogs* attributes)
// apply. The others either stay light or invert the light version themselves, which stays
// readable because it has no text baked into images.
function darkModeStyles(): string {
  const dark = DARK_EMAIL_PALETTE;
  const rules = (prefix: string) =>
    [
      `${prefix} .sw-page { background-color: ${dark.page} !important; }`,
      `${prefix} .sw-card { background-color: ${dark.card} !important; border-color: ${dark.border} !important; }`,
      `${prefix} .sw-brand { color: ${dark.brand} !important; }`,
      `${prefix} .sw-heading { color: ${dark.heading} !important; }`,
      `${prefix} .sw-text { color: ${dark.text} !important; }`,
      `${prefix} .sw-muted { color: ${dark.muted} !important; }`,
      `${prefix} .sw-link { color: ${dark.link} !important; }`,
      `${prefix} .sw-button-cell { background-color: ${dark.button} !important; }`,
      `${prefix} .sw-button { background-color: ${dark.button} !important; border-color: ${dark.button} !important; color: ${dark.buttonText} !important; }`,
    ].join("\n");
  return `:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
${rules("")}
}
${rules("[data-ogsc]")}
${rules("[data-ogsb]")}
@media only screen and (max-width: 480px) {
.sw-card-cell { padding: 24px 20px !important; }
}`;
}

function renderHtml(input: EmailLayoutInput, footer: string): string {
  const light = LIGHT_EMAIL_PALETTE;
  const font = `font-family:${EMAIL_FONT_STACK};`;
  const paragraphs = input.paragraphs.map((paragraph) => `<p class="sw-text" style="margin:0 0 16px;${font}font-size:16px;line-height:24px;color:${light.text};">${textToHtml(paragraph)}</p>`).join("\n");
  // A "bulletproof" button: the colour is on the table cell (Outlook for Windows ignores padding
  // and backgrounds on links), the padding on the link so the whole button is clickable elsewhere.
  const action = input.action
    ? `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:8px 0 24px;border-collapse:separate;"><tr>` +
      `<td class="sw-button-cell" align="center" bgcolor="${light.button}" style="border-radius:8px;background-color:${light.button};mso-padding-alt:12px 24px;">` +
      `<a class="sw-button" href="${escapeHtml(input.action.url)}" target="_blank" style="display:inline-block;padding:12px 24px;border:1px solid ${light.button};border-radius:8px;background-color:${light.button};${font}font-size:16px;line-height:20px;font-weight:600;color:${light.buttonText};text-decoration:none;">${escapeHtml(input.action.label)}</a>` +
      `</td></tr></table>\n` +
      `<p class="sw-muted" style="margin:0 0 16px;${font}font-size:14px;line-height:20px;color:${light.muted};">If the button does not work, copy this link into your browser:<br>` +
      `<a class="sw-link" href="${escapeHtml(input.action.url)}" style="color:${light.link};text-decoration:underline;word-break:break-all;">${escapeHtml(input.action.url)}</a></p>`
    : "";
  const secondary = input.secondaryAction
    ? `<p class="sw-text" style="margin:0 0 16px;${font}font-size:16px;line-height:24px;color:${light.text};">` + `<a class="sw-link" href="${escapeHtml(input.secondaryAction.url)}" style="color:${light.link};font-weight:600;text-decoration:underline;">${escapeHtml(input.secondaryAction.label)}</a></p>`
    : "";
  const unsubscribe = input.unsubscribe ? `<br><a class="sw-muted" href="${escapeHtml(input.unsubscribe.url)}" style="color:${light.muted};text-decoration:underline;">${escapeHtml(input.unsubscribe.label)}</a>` : "";
  const preheader = input.preheader ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;">${escapeHtml(input.preheader)}${PREHEADER_FILLER}</div>\n` : "";
  return `<!DOCTYPE html>
<html lang="en" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(input.heading)}</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style>
${darkModeStyles()}
</style>
</head>
<body class="sw-page" style="margin:0;padding:0;width:100%;background-color:${light.page};-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;">
${preheader}<div role="article" aria-roledescription="email" aria-label="${escapeHtml(input.heading)}" lang="en" dir="ltr">
<table class="sw-page" role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="${light.page}" style="background-color:${light.page};">
<tr><td align="center" style="padding:32px 12px;">
<!--[if mso]><table role="presentation" width="560" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="max-width:560px;">
<tr><td style="padding:0 4px 16px;${font}font-size:18px;line-height:24px;font-weight:700;letter-spacing:-0.01em;">
<span class="sw-brand" style="color:${light.brand};">Stepwise</span>
</td></tr>
<tr><td class="sw-card sw-card-cell" bgcolor="${light.card}" style="padding:32px;background-color:${light.card};border:1px solid ${light.border};border-radius:16px;">
<h1 class="sw-heading" style="margin:0 0 24px;${font}font-size:24px;line-height:32px;font-weight:700;letter-spacing:-0.01em;color:${light.heading};">${escapeHtml(input.heading)}</h1>
${paragraphs}
${action}
${secondary}
</td></tr>
<tr><td class="sw-muted" style="padding:20px 4px 0;${font}font-size:13px;line-height:20px;color:${light.muted};">
${textToHtml(footer)}${unsubscribe}
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</div>
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
