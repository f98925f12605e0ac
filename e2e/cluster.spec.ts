// `npm start` with WEB_CONCURRENCY=2 (scripts/start.mjs): two `next start` workers behind one
// port. Checked on the real processes: both workers run and answer, a worker that dies is
// replaced while the port keeps answering, and SIGTERM drains every worker before the
// launcher exits 0.
import { readFileSync, readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startMailCapture, type MailCapture } from "./support/mail-capture";
import { createScratchDatabase, extraPort, startInstance, type Instance, type ScratchDatabase } from "./support/instances";

/** Live child processes of `pid` (from /proc), excluding zombies. */
function childPids(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const fields = readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
        return Number(fields[1]) === pid && fields[0] !== "Z" ? [Number(name)] : [];
      } catch {
        return [];
      }
    });
}

test.describe("npm start with two workers", () => {
  test.describe.configure({ mode: "serial" });

  let database: ScratchDatabase;
  let mail: MailCapture;
  let instance: Instance | undefined;

  test.beforeAll(async () => {
    database = await createScratchDatabase("cluster");
    mail = await startMailCapture({ smtpPort: 0, apiPort: 0 });
  });

  test.afterAll(async () => {
    await instance?.stop(2_000);
    await mail?.stop();
    await database?.drop();
  });

  test("runs two workers on one port, replaces one that dies, and drains both on SIGTERM", async () => {
    test.setTimeout(120_000);
    instance = await startInstance({ port: extraPort(20), databaseUrl: database.url, smtpUrl: `smtp://127.0.0.1:${mail.smtpPort}`, workers: 2 });
    const launcher = instance.child.pid as number;
    await expect.poll(() => childPids(launcher).length, { timeout: 30_000 }).toBe(2);
    const [first, second] = childPids(launcher) as [number, number];

    // Both workers serve the same port (each has migrated-or-waited and answers ready).
    for (let request = 0; request < 20; request += 1) {
      expect((await fetch(`${instance.url}/api/ready`, { headers: { connection: "close" } })).status).toBe(200);
    }

    // A worker that dies is replaced; the port answers throughout.
    process.kill(first, "SIGKILL");
    await expect.poll(() => childPids(launcher).filter((pid) => pid !== first).length, { timeout: 30_000 }).toBe(2);
    const replacement = childPids(launcher).find((pid) => pid !== second) as number;
    expect(replacement).not.toBe(first);
    expect(instance.output()).toContain(`worker ${first} exited (SIGKILL)`);
    const started = () => instance!.output().match(/\[stepwise\] database ready/g)?.length ?? 0;
    await expect.poll(started, { message: "the replacement has started", timeout: 30_000 }).toBe(3);
    for (let request = 0; request < 20; request += 1) {
      expect((await fetch(`${instance.url}/api/ready`, { headers: { connection: "close" } })).status).toBe(200);
    }

    // SIGTERM: every worker drains and exits, then the launcher exits 0.
    const exit = await instance.stop(20_000);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(childPids(launcher)).toEqual([]);
    expect(instance.output().match(/\[shutdown\] stopped cleanly/g)).toHaveLength(2);
    instance = undefined;
  });
});
