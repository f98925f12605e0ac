import { describe, expect, it } from "vitest";
import { contentWidthFor, isCurrentSection, MAIN_NAV } from "./navigation";

describe("isCurrentSection", () => {
  it("marks a section on its own page and on the pages under it", () => {
    expect(isCurrentSection("/goals", "/goals")).toBe(true);
    expect(isCurrentSection("/goals/3f1c/edit", "/goals")).toBe(true);
  });

  it("does not mark a section whose name only starts the same", () => {
    expect(isCurrentSection("/goalsettings", "/goals")).toBe(false);
    expect(isCurrentSection("/dashboard", "/goals")).toBe(false);
  });
});

describe("contentWidthFor", () => {
  it("gives dashboards, goal pages, the wizard and the timeline the wide layout", () => {
    for (const path of ["/dashboard", "/goals", "/goals/new", "/goals/3f1c", "/timeline"]) expect(contentWidthFor(path), path).toBe("wide");
  });

  it("gives pages read or filled in top to bottom the reading width", () => {
    for (const path of ["/reflect", "/settings", "/notifications", "/buddies", "/buddies/9a/reviews/1", "/achievements", "/interview-answers", "/goals/3f1c/edit", "/goals/3f1c/achieve"]) {
      expect(contentWidthFor(path), path).toBe("reading");
    }
  });
});

describe("MAIN_NAV", () => {
  it("puts at most four destinations in the phone tab bar, so each label fits at 320 px", () => {
    expect(MAIN_NAV.filter((item) => item.tab).length).toBeLessThanOrEqual(4);
  });
});
