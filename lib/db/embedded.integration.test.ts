// Embedded mode (no DATABASE_URL): PGlite in a folder must keep its data across restarts.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../../test/integration/database";
import { openEmbedded } from "./client";
import { Prisma } from "./generated/client";
import { migrate } from "./migrate";
import { createGoal } from "@/test/integration/factories";

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "stepwise-embedded-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("embedded database (PGlite)", () => {
  it("keeps users and their goals across a restart", async () => {
    const first = await openEmbedded(dataDir);
    let userId: string;
    let email: string;
    try {
      expect(first.kind).toBe("embedded");
      expect((await migrate(first.sql, MIGRATIONS_DIR)).length).toBeGreaterThan(0);
      const user = await createTestUser(first.prisma);
      ({ id: userId, email } = user);
      await createGoal(first.prisma, { id: userId }, { title: "Lead a team", category: "LEADERSHIP", horizonYears: 5, deadline: "2031-06-30", targetValue: new Prisma.Decimal("120000.50") });
    } finally {
      await first.close();
    }

    const second = await openEmbedded(dataDir);
    try {
      // The migrations are recorded in the same folder, so nothing is applied again.
      expect(await migrate(second.sql, MIGRATIONS_DIR)).toEqual([]);
      const user = await second.prisma.user.findUnique({ where: { email }, include: { goals: true } });
      expect(user?.id).toBe(userId);
      expect(user?.goals).toHaveLength(1);
      expect(user?.goals[0]?.title).toBe("Lead a team");
      expect(user?.goals[0]?.deadline.toISOString().slice(0, 10)).toBe("2031-06-30");
      expect(user?.goals[0]?.targetValue?.toString()).toBe("120000.5");
    } finally {
      await second.close();
    }
  });
});
