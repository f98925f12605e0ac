// Each buddy email's subject, heading and preview describe the same event.
import { describe, expect, it } from "vitest";
import { buddyAchievementMessage, buddyActivityMessage } from "@/lib/email";

const unsubscribe = { label: "Unsubscribe", url: "https://stepwise.test/unsubscribe/x" };

describe("buddy emails say one thing", () => {
  it("comments and cheers: the subject's count is the heading's", () => {
    const message = buddyActivityMessage({ name: "Ada", otherName: "Grace", items: [{ kind: "COMMENT", goalTitle: "Talk", body: "Go!" }], url: "https://stepwise.test/goals/1", unsubscribe });
    expect(message.subject).toBe("Grace left 1 comment on Stepwise");
    expect(message.text.split("\n\n")[0]).toBe("Grace left 1 comment");
    expect(message.text).not.toContain("checked in");
    const mixed = buddyActivityMessage({
      name: "Ada",
      otherName: "Grace",
      items: [
        { kind: "CHEER", goalTitle: "Talk", body: "" },
        { kind: "COMMENT", goalTitle: "Talk", body: "Yes" },
      ],
      url: "https://stepwise.test/goals/1",
      unsubscribe,
    });
    expect(mixed.subject).toBe("Grace left 1 comment and 1 cheer on Stepwise");
    expect(mixed.text.split("\n\n")[0]).toBe("Grace left 1 comment and 1 cheer");
  });

  it("moves on if-then plans are counted with the comments, each named once", () => {
    const items = [
      { kind: "COMMENT", goalTitle: "Talk", body: "Yes" },
      { kind: "PLAN_QUESTION", goalTitle: "Draft the abstract", body: "What if the deadline moves?" },
      { kind: "PLAN_APPROVED", goalTitle: "Book the venue", body: "" },
      { kind: "PLAN_ANSWER", goalTitle: "Run 5 km", body: "Then I run at lunch." },
    ] as const;
    const message = buddyActivityMessage({ name: "Ada", otherName: "Grace", items: [...items], url: "https://stepwise.test/buddies/p", unsubscribe });
    expect(message.subject).toBe("Grace left 1 comment, 2 plan reviews and 1 answer on Stepwise");
    expect(message.text.split("\n\n")[0]).toBe("Grace left 1 comment, 2 plan reviews and 1 answer");
    expect(message.text).toContain("About your plan for “Draft the abstract”, Grace asks: “What if the deadline moves?”");
    expect(message.text).toContain("Grace approved your if-then plan for “Book the venue”.");
    expect(message.text).toContain("Grace answered your question about their plan for “Run 5 km”: “Then I run at lunch.”");
  });

  it("an achievement: the goal, the reward and the way to respond", () => {
    const message = buddyAchievementMessage({ name: "Grace", otherName: "Ada", goalTitle: "Run a 10k", reward: "New shoes", url: "https://stepwise.test/buddies/p#achievement-g", unsubscribe });
    expect(message.subject).toBe("Ada achieved “Run a 10k” on Stepwise");
    expect(message.text.split("\n\n")[0]).toBe("Ada achieved a goal");
    expect(message.text).toContain("Their reward: New shoes");
    expect(message.text).toContain("Congratulate them:\nhttps://stepwise.test/buddies/p#achievement-g");
  });
});
