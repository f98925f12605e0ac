// A comeback, not a streak: a check-in after a missed period is greeted as a comeback, and the
// buddy is asked to welcome them back (in the app and in the buddy-activity email, through a real
// SMTP server), never told "they missed it". Times come from the test's clock.
import { beforeEach, describe, expect, it } from "vitest";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { reviewPair, sharedGoal } from "@/test/integration/reviews";
import { createSessionUser } from "@/test/integration/session-users";
import { addCheckIn } from "./check-ins";

const { db, mail } = setupAccountHarness();
const DAY = 86_400_000;
const note = (text: string) => ({ note: text, progressValue: null });

describe("comebacks", () => {
  beforeEach(async () => {
    await db.prisma.user.updateMany({ data: { buddyNudgesEnabled: false, deadlineRemindersEnabled: false } });
  });

  it("greets a check-in after a missed weekly period as a comeback and asks the buddy to welcome them back", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { checkInCadence: "WEEKLY" } });
    const goal = await sharedGoal(db.prisma, ada, "Run a half marathon");
    const t0 = new Date("2027-02-01T09:00:00Z");

    // A first check-in is a start; a week later (a later hour, same day) is on time.
    expect((await addCheckIn(ada, goal.id, note("First run"), t0)).comeback).toBe(false);
    expect((await addCheckIn(ada, goal.id, note("Second week"), new Date(t0.getTime() + 7 * DAY + 5 * 3600_000))).comeback).toBe(false);
    expect(await db.prisma.notification.count({ where: { userId: grace.id } })).toBe(0);

    // Then 12 days of quiet: the next check-in is a comeback.
    const back = new Date(t0.getTime() + 19 * DAY);
    const checkIn = await addCheckIn(ada, goal.id, note("Back on the road"), back);
    expect(checkIn.comeback).toBe(true);
    expect(await db.prisma.checkIn.findUniqueOrThrow({ where: { id: checkIn.id }, select: { comeback: true } })).toEqual({ comeback: true });
    expect(await db.prisma.notification.findMany({ where: { userId: grace.id }, select: { kind: true, title: true, link: true } })).toEqual([{ kind: "comeback", title: "Ada is back on “Run a half marathon” after a break: welcome them back", link: `/buddies/${pairing.id}#check-in-${checkIn.id}` }]);
    const email = await mail().waitFor(grace.email, "is back");
    expect(email.subject).toBe("Ada is back on Stepwise: welcome them back");
    expect(email.text).toContain("Ada is back, checking in on “Run a half marathon” after a break.");
    expect(`${email.subject} ${email.text}`).not.toMatch(/missed|streak|failed/i);
  });

  it("a private goal's comeback is greeted for its owner alone, by the dashboard's 14-day rhythm", async () => {
    const { ada, grace } = await reviewPair(db.prisma);
    const goal = await sharedGoal(db.prisma, ada, "Secret side project", { visibility: "PRIVATE" });
    const t0 = new Date("2027-05-01T09:00:00Z");
    await addCheckIn(ada, goal.id, note("Started"), t0);
    expect((await addCheckIn(ada, goal.id, note("Ten days on"), new Date(t0.getTime() + 10 * DAY))).comeback).toBe(false);
    expect((await addCheckIn(ada, goal.id, note("After a month"), new Date(t0.getTime() + 40 * DAY))).comeback).toBe(true);
    expect(await db.prisma.notification.count({ where: { userId: grace.id } })).toBe(0);
    expect(mail().to(grace.email)).toEqual([]);
  });

  it("a stranger cannot check in on someone's goal", async () => {
    const owner = await createSessionUser(db.prisma);
    const stranger = await createSessionUser(db.prisma);
    const goal = await sharedGoal(db.prisma, owner, "Mine");
    await expect(addCheckIn(stranger, goal.id, note("Not mine"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
