import { describe, expect, it } from "vitest";
import { hitRateLimit } from "./rate-limit";
import { setupTestDatabase } from "@/test/integration/database";

const db = setupTestDatabase();
const rule = { limit: 10, windowSeconds: 60 };

describe("hitRateLimit", () => {
  it("allows exactly the limit when many requests arrive at once", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(db.prisma, "burst", rule)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });

  it("opens again when the window has passed", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < 10; i += 1) await hitRateLimit(db.prisma, "window", rule, start);
    expect(await hitRateLimit(db.prisma, "window", rule, new Date(start.getTime() + 30_000))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await hitRateLimit(db.prisma, "window", rule, new Date(start.getTime() + 61_000))).toEqual({ allowed: true });
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < 10; i += 1) await hitRateLimit(db.prisma, "key-a", rule);
    expect((await hitRateLimit(db.prisma, "key-a", rule)).allowed).toBe(false);
    expect((await hitRateLimit(db.prisma, "key-b", rule)).allowed).toBe(true);
  });
});
