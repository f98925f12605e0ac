import { describe, expect, it } from "vitest";
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

  it.each(["javascript:alert(1)", "/relative/path", "data:text/html,hi", "https://example.com/a b", "not a url"])(
    "refuses a link that is not an absolute web URL: %s",
    (bad) => {
      expect(() => renderEmailLayout({ heading: "H", paragraphs: [], action: { label: "x", url: bad } })).toThrow(RangeError);
    },
  );
});
