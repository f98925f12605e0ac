import { describe, expect, it } from "vitest";
import { signInPathReturningTo } from "./requested-path";

describe("signInPathReturningTo", () => {
  it("returns to the page that was asked for", () => {
    expect(signInPathReturningTo("/goals/3f0c?created=1")).toBe(`/sign-in?next=${encodeURIComponent("/goals/3f0c?created=1")}`);
  });

  it("keeps plain /sign-in for the dashboard, where sign-in goes anyway", () => {
    expect(signInPathReturningTo("/dashboard")).toBe("/sign-in");
  });

  it.each([null, undefined, "", "//evil.example/x", "https://evil.example/"])("ignores %s", (path) => {
    expect(signInPathReturningTo(path)).toBe("/sign-in");
  });
});
