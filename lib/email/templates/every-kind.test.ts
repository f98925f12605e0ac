// Every kind of email Stepwise sends uses the one layout, and keeps its plain-text part.
import { describe, expect, it } from "vitest";
import { SAMPLE_EMAILS } from "@/test/fixtures/sample-emails";

describe.each(Object.entries(SAMPLE_EMAILS))("%s", (_kind, render) => {
  const message = render();

  it("has an HTML part in the layout, light and dark", () => {
    expect(message.html).toContain(`<meta name="color-scheme" content="light dark">`);
    expect(message.html).toContain("@media (prefers-color-scheme: dark)");
    expect(message.html).toContain(`class="sw-card sw-card-cell"`);
    // The preheader: every kind says in the inbox what it is about.
    expect(message.html).toMatch(/<body[^>]*>\n<div style="display:none;[^"]*">[^<]{10,}/);
  });

  it("has a plain-text part that starts with the heading and carries no markup", () => {
    const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(message.html)?.[1];
    expect(heading).toBeTruthy();
    expect(message.text.split("\n")[0]).toBe(heading?.replaceAll("&#39;", "'").replaceAll("&amp;", "&").replaceAll("&quot;", '"'));
    expect(message.text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(message.subject.length).toBeGreaterThan(5);
  });
});
