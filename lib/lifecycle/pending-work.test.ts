import { describe, expect, it } from "vitest";
import { settlePendingWork, trackPendingWork } from "./pending-work";

describe("pending work", () => {
  it("settles when everything tracked has settled, including work tracked while waiting and failures", async () => {
    const order: string[] = [];
    let finishFirst: () => void = () => {};
    trackPendingWork(new Promise<void>((resolve) => (finishFirst = resolve)).then(() => void order.push("first")));
    trackPendingWork(Promise.reject(new Error("already reported by its owner")));
    const settled = settlePendingWork().then(() => order.push("settled"));
    trackPendingWork(new Promise<void>((resolve) => setTimeout(resolve, 5)).then(() => void order.push("late")));
    finishFirst();
    await settled;
    expect(order).toEqual(["first", "late", "settled"]);
  });

  it("resolves at once when nothing is pending", async () => {
    await expect(settlePendingWork()).resolves.toBeUndefined();
  });
});
