import { describe, expect, it } from "vitest";
import { closedReviewNotice } from "./closed-review-notice";

const SAM_A = "0b6f1c8e-1111-4a4a-9a9a-000000000001";
const SAM_B = "0b6f1c8e-2222-4a4a-9a9a-000000000002";

describe("closedReviewNotice", () => {
  it("says 'you' to the person who closed the review", () => {
    expect(closedReviewNotice({ completedById: SAM_A, completedByName: "Sam" }, SAM_A)).toBe("This review is closed (by you). Here is what you decided.");
  });

  it("names the buddy who closed it, even when both buddies have the same display name", () => {
    // The bug: comparing names told Sam B that they had closed a review Sam A closed.
    expect(closedReviewNotice({ completedById: SAM_A, completedByName: "Sam" }, SAM_B)).toBe("This review is closed (by Sam). Here is what you decided.");
  });

  it("leaves the closer out when it is not known", () => {
    expect(closedReviewNotice({ completedById: null, completedByName: null }, SAM_A)).toBe("This review is closed. Here is what you decided.");
  });
});
