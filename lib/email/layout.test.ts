import { describe, expect, it } from "vitest";
import { DARK_EMAIL_PALETTE, EMAIL_FONT_STACK, LIGHT_EMAIL_PALETTE } from "./email-theme";
import { renderEmailLayout } from "./layout";

const url = "https://stepwise.example.com/verify?token=abc&next=%2Fgoals";

describe("renderEmailLayout", () => {
  it("renders heading, paragraphs, action and footer in the text part, the URL on its own line", () => {
    const { text } = renderEmailLayout({
      heading: "Confirm your email",
      paragraphs: ["Hi Ada,", "Second paragraph."],
      action: { label: "Confirm", url },
      footer: "Footer text",
    });
    const lines = text.split("\n");
    expect(lines[0]).toBe("Confirm your email");
    expect(lines).toContain("Hi Ada,");
    expect(lines).toContain("Second paragraph.");
    expect(lines).toContain(url);
    expect(lines).toContain("Footer text");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("escapes every piece of text in the HTML part, including the URL in attributes", () => {
    const { html } = renderEmailLayout({
      preheader: "<pre>",
      heading: "<h>",
      paragraphs: ['<script>alert("x")</script>'],
      action: { label: "<b>Go</b>", url },
      footer: "<i>foot</i>",
    });
    expect(html).not.toMatch(/<script|<pre>|<h>|<b>|<i>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain(`href="https://stepwise.example.com/verify?token=abc&amp;next=%2Fgoals"`);
    expect(html).toContain("&lt;b&gt;Go&lt;/b&gt;");
    expect(html).toContain("&lt;pre&gt;");
  });

  it("keeps line breaks inside a paragraph", () => {
    const { html } = renderEmailLayout({ heading: "H", paragraphs: ["one\ntwo"] });
    expect(html).toContain("one<br>two");
  });

  it("renders a secondary action as its own text line and link", () => {
    const second = "https://stepwise.example.com/reset";
    const { text, html } = renderEmailLayout({
      heading: "H",
      paragraphs: [],
      action: { label: "Sign in", url },
      secondaryAction: { label: "Reset", url: second },
    });
    expect(text.split("\n")).toContain(second);
    expect(html).toContain(`href="${second}"`);
  });

  it("uses a default footer and omits the action when there is none", () => {
    const { text, html } = renderEmailLayout({ heading: "H", paragraphs: ["P"] });
    expect(text).toContain("Stepwise");
    expect(html).not.toContain("<a ");
  });

  it.each(["javascript:alert(1)", "/relative/path", "data:text/html,hi", "https://example.com/a b", "not a url"])("refuses a link that is not an absolute web URL: %s", (bad) => {
    expect(() => renderEmailLayout({ heading: "H", paragraphs: [], action: { label: "x", url: bad } })).toThrow(RangeError);
  });
});

describe("the HTML part's look", () => {
  const { html } = renderEmailLayout({
    preheader: "Your step is due in 2 days.",
    heading: "A deadline is coming up",
    paragraphs: ["Hi Ada,"],
    action: { label: "Open the goal", url },
    unsubscribe: { label: "Unsubscribe", url: "https://stepwise.example.com/unsubscribe/t" },
  });

  it("is in the product's colours and type", () => {
    expect(html).toContain(`background-color:${LIGHT_EMAIL_PALETTE.page}`);
    expect(html).toContain(`background-color:${LIGHT_EMAIL_PALETTE.card}`);
    expect(html).toContain(`color:${LIGHT_EMAIL_PALETTE.heading}`);
    expect(html).toContain(`font-family:${EMAIL_FONT_STACK}`);
    expect(EMAIL_FONT_STACK.startsWith("Inter,")).toBe(true);
  });

  it("declares both colour schemes and has a readable dark version", () => {
    expect(html).toContain(`<meta name="color-scheme" content="light dark">`);
    expect(html).toContain(`<meta name="supported-color-schemes" content="light dark">`);
    const dark = html.slice(html.indexOf("@media (prefers-color-scheme: dark)"));
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    for (const colour of [DARK_EMAIL_PALETTE.page, DARK_EMAIL_PALETTE.card, DARK_EMAIL_PALETTE.heading, DARK_EMAIL_PALETTE.text, DARK_EMAIL_PALETTE.button]) {
      expect(dark).toContain(`${colour} !important`);
    }
    // Outlook.com's dark mode marks what it recoloured with these attributes.
    expect(html).toContain("[data-ogsc] .sw-heading");
  });

  it("is a bulletproof button: the colour on the table cell, the padding on the link", () => {
    expect(html).toMatch(new RegExp(`<td class="sw-button-cell"[^>]*bgcolor="${LIGHT_EMAIL_PALETTE.button}"`));
    expect(html).toMatch(/<a class="sw-button" href="https:\/\/stepwise\.example\.com\/verify\?token=abc&amp;next=%2Fgoals"[^>]*padding:12px 24px/);
  });

  it("is accessible: a language, presentation tables, an article named by the heading", () => {
    expect(html).toMatch(/<html lang="en"/);
    const tables = html.match(/<table\b[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables) expect(table).toContain(`role="presentation"`);
    expect(html).toContain(`<div role="article" aria-roledescription="email" aria-label="A deadline is coming up"`);
    // Images would need alt text; the wordmark is text, so there are none.
    expect(html).not.toContain("<img");
  });

  it("starts the body with the hidden preheader", () => {
    expect(html).toMatch(/<body[^>]*>\n<div style="display:none;[^"]*">Your step is due in 2 days\./);
  });
});
