import { describe, expect, it } from "vitest";
import { ceilingPerSecond, evaluateTargets, renderMarkdown } from "./report.mjs";

const latency = { p50: 10, p95: 20, p99: 30, mean: 12, max: 40 };
const endpoint = (serverCpuMsPerRequest: number, floorMultiple?: number) => ({
  requestsPerSecond: 100,
  latencyMs: latency,
  errors: 0,
  bytesPerResponse: 1024,
  serverCpuMsPerRequest,
  ...(floorMultiple === undefined ? {} : { floorMultiple }),
});

function report(withFloor: boolean) {
  const endpoints = {
    health: endpoint(0.5, withFloor ? 0.25 : undefined),
    shell: endpoint(3, withFloor ? 1.5 : undefined),
    shellEmpty: endpoint(5, withFloor ? 2.5 : undefined),
    dashboard: endpoint(10, withFloor ? 5 : undefined),
    goal: endpoint(8, withFloor ? 4 : undefined),
    buddy: endpoint(6, withFloor ? 3 : undefined),
    calendar: endpoint(5, withFloor ? 2.5 : undefined),
    calendarUnchanged: endpoint(1.5, withFloor ? 0.75 : undefined),
  };
  return {
    at: "2026-12-03T14:00:00.000Z",
    seconds: 60,
    machine: { cpus: 2, cpuModel: "test", memoryGb: 4, platform: "test" },
    versions: { node: "v20", postgres: "15", next: "16", prisma: "7" },
    postgresSettings: "test",
    http: {
      settings: { connections: 10, durationSeconds: 3, warmupSeconds: 1 },
      endpoints,
      runs: [{ workers: 2, endpoints }],
      ...(withFloor ? { floor: { endpoints: { floor: endpoint(2, 1), floorList: endpoint(3, 1.5), health: endpoint(0.5, 0.25) } } } : {}),
    },
  };
}

describe("the floor multiples in the benchmark report", () => {
  it("judges each endpoint's CPU per request on its multiple of the floor page", () => {
    const targets = evaluateTargets(report(true));
    const byName = (name: string) => targets.find((target: { name: string }) => target.name.startsWith(name));
    expect(byName("Notifications of a new user (the signed-in shell, an empty page): server CPU")).toMatchObject({ actual: "1.5× (3 ms vs 2 ms)", target: "≤ 2×", passed: true });
    // A new user's dashboard is shown, not judged: the shell's target is the empty page's.
    expect(byName("Dashboard of a new user (empty lists): server CPU")).toBeUndefined();
    expect(byName("Dashboard of the heavy user: server CPU")).toMatchObject({ target: "≤ 4×", passed: false });
    expect(byName("Goal page: server CPU")).toMatchObject({ target: "≤ 4×", passed: true });
    expect(byName("Buddy view: server CPU")).toMatchObject({ passed: true });
    expect(byName("Calendar feed of the heavy user: server CPU")).toMatchObject({ target: "≤ 2×", passed: false });
    expect(byName("Calendar feed, unchanged (If-None-Match → 304): server CPU")).toMatchObject({ target: "≤ 2×", passed: true });
  });

  it("says 'not measured', never 'met', for a report without the floor", () => {
    const multiples = evaluateTargets(report(false)).filter((target: { name: string }) => target.name.includes("vs the floor page"));
    expect(multiples).toHaveLength(6);
    expect(multiples.every((target: { passed: boolean | null }) => target.passed === null)).toBe(true);
  });

  it("shows the floor table and a multiple column in every run's table", () => {
    const full = report(true);
    const markdown = renderMarkdown({ ...full, targets: evaluateTargets(full) });
    expect(markdown).toContain("| Floor page: reads a cookie, renders a heading (`/floor`) | 100 | 10 ms | 20 ms | 30 ms | 0 | 2 ms | 1× | 1 kB |");
    expect(markdown).toContain("| Dashboard of the heavy user | 100 | 10 ms | 20 ms | 30 ms | 0 | 10 ms | 5× | 1 kB | – |");
    expect(renderMarkdown({ ...report(false), targets: [] })).toContain("| Dashboard of the heavy user | 100 | 10 ms | 20 ms | 30 ms | 0 | 10 ms | – | 1 kB | – |");
  });
});

describe("measurements that divide by a reference taken before and after (the machine drifts)", () => {
  it("states the floor page's mean in the targets and shows its second measurement", () => {
    const full = report(true);
    const withAfter = { ...full, http: { ...full.http, floor: { ...full.http.floor, floorPageAfter: endpoint(4, 1.33), floorPageCpuMs: 3 } } };
    const targets = evaluateTargets(withAfter);
    expect(targets.find((target: { name: string }) => target.name.startsWith("Notifications of a new user"))).toMatchObject({ actual: "1.5× (3 ms vs 3 ms)" });
    const markdown = renderMarkdown({ ...withAfter, targets });
    expect(markdown).toContain("divide by the mean of the floor page's before and after them (3 ms)");
    expect(markdown).toContain("| Floor page again, after Stepwise's endpoints | 100 | 10 ms | 20 ms | 30 ms | 0 | 4 ms | 1.33× | 1 kB |");
  });

  it("judges the reminder pass against the mean of the ceilings before and after it", () => {
    const run = (perSecond: number) => ({ count: 100, received: 100, seconds: 1, perSecond, rssBeforeMb: 1, peakRssMb: 1, peakHeapUsedMb: 1 });
    expect(ceilingPerSecond({ ceiling: run(800), product: run(600), ceilingAfter: run(1200) })).toBe(1000);
    expect(ceilingPerSecond({ ceiling: run(800), product: run(600) })).toBe(800);
    const reminders = { small: { product: run(500), ceiling: run(800) }, large: { ceiling: run(800), product: run(600), ceilingAfter: run(1200) } };
    const target = evaluateTargets({ ...report(false), reminders }).find((candidate: { name: string }) => candidate.name.startsWith("Reminder pass"));
    expect(target).toMatchObject({ actual: "60%", passed: false });
  });
});
