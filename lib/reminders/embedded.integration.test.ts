// `npm start` with no configuration runs on PGlite, with the in-process timer calling the same
// pass: the planners' SQL (time zones included) and the claim must work there too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbedded, type DatabaseHandle } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { claimDueDeliveries } from "./ledger";
import { registeredPlanners } from "./planners";
import "./register-renderers";
import { createGoal } from "@/test/integration/factories";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openEmbedded(undefined);
  await migrate(handle.sql);
});

afterAll(async () => {
  await handle.close();
});

describe("the scheduler on embedded PGlite", () => {
  it("plans a deadline reminder at 09:00 New York time and claims it", async () => {
    const db = handle.prisma;
    const user = await db.user.create({ data: { email: "embedded@example.test", name: "Em", timeZone: "America/New_York", emailVerifiedAt: new Date("2026-01-01T00:00:00Z"), createdAt: new Date("2026-01-01T00:00:00Z") } });
    await createGoal(db, user, { title: "Embedded goal", deadline: new Date("2027-03-21T00:00:00Z"), createdAt: new Date("2026-01-01T00:00:00Z") });
    const now = new Date("2027-03-14T13:00:00Z"); // 09:00 EDT on the day DST starts, 7 days before
    let planned = 0;
    for (const [, plan] of registeredPlanners()) planned += await plan(db, now);
    expect(planned).toBe(1);
    const [claimed] = await claimDueDeliveries(db, { now, limit: 10 });
    expect(claimed).toMatchObject({ kind: "goal-reminder", dueKey: "2027-03-21:-7d", recipientEmail: "embedded@example.test" });
    expect(claimed!.dueAt.toISOString()).toBe("2027-03-14T13:00:00.000Z");
  });
});
