import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/invites/abc", "/invites/abc"],
    ["/goals?status=ACHIEVED", "/goals?status=ACHIEVED"],
    // Encoded backslashes stay an ordinary path on this site.
    ["/%5C%5Cevil", "/%5C%5Cevil"],
  ])("keeps %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each(["//evil.example", "/\\evil.example", "https://evil.example/x", "javascript:alert(1)", "invites", "", "/\u0000x", null, 42, "/".padEnd(600, "a")])("refuses %s", (input) => {
    expect(safeNextPath(input)).toBeNull();
  });
});
