// Turns a benchmark report (bench/run.mjs) into the target checks and the markdown table that
// the README shows. Parts that were not run are reported as such, never as passed.

/**
 * The HTTP endpoints, in table order, with the p95 target each must meet at 10 connections and
 * the most server CPU per request it may use, as a multiple of the floor page's.
 */
export const HTTP_ENDPOINTS = [
  { key: "health", label: "`GET /api/health` (framework ceiling)", p95Ms: null, floorMultiple: null },
  { key: "shell", label: "Notifications of a new user (the signed-in shell, an empty page)", p95Ms: null, floorMultiple: 2 },
  { key: "shellEmpty", label: "Dashboard of a new user (empty lists)", p95Ms: null, floorMultiple: null },
  { key: "dashboard", label: "Dashboard of the heavy user", p95Ms: 100, floorMultiple: 4 },
  { key: "goal", label: "Goal page", p95Ms: 50, floorMultiple: 4 },
  { key: "buddy", label: "Buddy view", p95Ms: 50, floorMultiple: 4 },
  { key: "calendar", label: "Calendar feed of the heavy user", p95Ms: 50, floorMultiple: 2 },
  { key: "calendarUnchanged", label: "Calendar feed, unchanged (If-None-Match → 304)", p95Ms: 50, floorMultiple: 2 },
];

/** The floor app's endpoints (bench/floor-app), measured in the same run. */
export const FLOOR_ENDPOINTS = [
  { key: "floor", label: "Floor page: reads a cookie, renders a heading (`/floor`)" },
  { key: "floorList", label: "Floor list: 50 sections × 10 items (`/floor-list`)" },
  { key: "health", label: "Floor `GET /api/health`" },
];

const round = (value, digits = 0) => (typeof value === "number" ? Number(value.toFixed(digits)) : value);

function check(name, actual, target, passed) {
  return { name, actual, target, passed: actual === undefined || actual === null ? null : passed };
}

export function evaluateTargets(report) {
  const targets = [];
  const endpoints = report.http?.endpoints;
  if (endpoints) {
    const health = endpoints.health?.requestsPerSecond;
    const dashboard = endpoints.dashboard?.requestsPerSecond;
    const share = health && dashboard ? dashboard / health : undefined;
    targets.push(check("Dashboard req/s ≥ 25% of /api/health", share === undefined ? undefined : `${round(share * 100, 1)}%`, "≥ 25%", share >= 0.25));
    for (const endpoint of HTTP_ENDPOINTS.filter((candidate) => candidate.p95Ms)) {
      const p95 = endpoints[endpoint.key]?.latencyMs?.p95;
      targets.push(check(`${endpoint.label} p95`, p95 === undefined ? undefined : `${round(p95, 1)} ms`, `≤ ${endpoint.p95Ms} ms`, p95 <= endpoint.p95Ms));
    }
    // The mean of the floor page before and after Stepwise's endpoints (older reports: before only).
    const floorCpu = report.http.floor?.floorPageCpuMs ?? report.http.floor?.endpoints?.floor?.serverCpuMsPerRequest;
    for (const endpoint of HTTP_ENDPOINTS.filter((candidate) => candidate.floorMultiple)) {
      const multiple = endpoints[endpoint.key]?.floorMultiple;
      const actual = multiple === undefined || multiple === null ? undefined : `${round(multiple, 2)}× (${endpoints[endpoint.key].serverCpuMsPerRequest} ms vs ${floorCpu} ms)`;
      targets.push(check(`${endpoint.label}: server CPU/request vs the floor page`, actual, `≤ ${endpoint.floorMultiple}×`, multiple <= endpoint.floorMultiple));
    }
    for (const endpoint of HTTP_ENDPOINTS) {
      const errors = endpoints[endpoint.key]?.errors;
      if (errors) targets.push(check(`${endpoint.label}: no errors`, errors, "0", false));
    }
  }
  const statements = report.http?.sqlStatementsPerRequest;
  if (statements?.dashboard !== undefined) {
    const ordinary = statements.dashboardOfOrdinaryUser;
    const fixed = statements.dashboard === ordinary?.statements;
    targets.push(check("SQL statements per dashboard request, heavy vs ordinary user", `${statements.dashboard} vs ${ordinary?.statements} (${ordinary?.goals} goals)`, "the same", fixed));
  }
  const dashboardJs = report.bundle?.routes?.["/dashboard"]?.gzipBytes;
  if (dashboardJs !== undefined) targets.push(check("Dashboard first-load JS (gzip)", `${round(dashboardJs / 1024, 1)} kB`, "≤ 150 kB", dashboardJs <= 150 * 1024));
  const reminders = report.reminders;
  if (reminders) {
    const ratio = reminders.large.product.perSecond / ceilingPerSecond(reminders.large);
    targets.push(check(`Reminder pass vs SMTP ceiling (${reminders.large.product.count.toLocaleString("en-US")})`, `${round(ratio * 100, 1)}%`, "≥ 70%", ratio >= 0.7));
    const rssRatio = reminders.large.product.peakRssMb / reminders.small.product.peakRssMb;
    const counts = `${reminders.large.product.count.toLocaleString("en-US")} ÷ at ${reminders.small.product.count.toLocaleString("en-US")}`;
    targets.push(check(`Peak RSS of the pass at ${counts}`, `${round(rssRatio, 2)} (${reminders.large.product.peakRssMb} / ${reminders.small.product.peakRssMb} MB)`, "≤ 1.2", rssRatio <= 1.2));
    const plan = reminders.large.product.claimPlan ?? [];
    const usesIndex = plan.some((line) => /Index (Only )?Scan/.test(line)) && !plan.some((line) => /Seq Scan on "EmailDelivery"/.test(line));
    targets.push(check("Claim query uses an index (no sequential scan)", usesIndex ? "index scans" : "sequential scan", "index", usesIndex));
    const lost = [reminders.small, reminders.large].some((run) => [run.product, run.ceiling, run.ceilingAfter].some((mode) => mode && mode.received !== mode.count));
    targets.push(check("Every reminder delivered exactly once", lost ? "mismatch" : "yes", "yes", !lost));
  }
  if (report.seed?.seconds !== undefined) targets.push(check("Seeding the installation", `${round(report.seed.seconds, 1)} s`, "< 180 s", report.seed.seconds < 180));
  return targets;
}

/**
 * Messages/s of nodemailer alone: the mean of the runs before and after the pass where both were
 * taken, so the machine's drift over the minutes between them does not decide the ratio.
 */
export function ceilingPerSecond(run) {
  const measured = [run.ceiling, run.ceilingAfter].filter(Boolean).map((ceiling) => ceiling.perSecond);
  return measured.reduce((sum, perSecond) => sum + perSecond, 0) / measured.length;
}

const mark = (passed) => (passed === null ? "not measured" : passed ? "met" : "**missed**");
const kb = (bytes) => `${round(bytes / 1024, 1)} kB`;

export function renderMarkdown(report) {
  const lines = [];
  const { machine, versions } = report;
  lines.push(
    `Measured ${report.at.slice(0, 16).replace("T", " ")} UTC in ${round(report.seconds)} s on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB RAM (${machine.platform}); Node ${versions.node}, PostgreSQL ${versions.postgres}, Next.js ${versions.next}, Prisma ${versions.prisma}. ${report.postgresSettings}.`,
  );
  lines.push("");
  lines.push("| Target | Measured | Goal | |", "|---|---|---|---|");
  for (const target of report.targets) lines.push(`| ${target.name} | ${target.actual ?? "–"} | ${target.target} | ${mark(target.passed)} |`);
  if (report.http?.endpoints) {
    const { connections, durationSeconds, warmupSeconds } = report.http.settings ?? {};
    const floor = report.http.floor?.endpoints;
    if (floor) {
      const after = report.http.floor.floorPageAfter;
      const divisor = after ? `the mean of the floor page's before and after them (${report.http.floor.floorPageCpuMs} ms), so that the machine's drift during the run moves both sides alike` : "the floor page's";
      lines.push(
        "",
        `The floor, in the same run${after ? ", before Stepwise's endpoints and its page again after them" : " before Stepwise"}: \`bench/floor-app\` on the same Next.js and React, one \`next start\` process, ${connections} connections, ${durationSeconds} s each after a ${warmupSeconds} s warm-up. Server CPU per request is what the multiples below divide by ${divisor}:`,
        "",
      );
      lines.push("| Endpoint | req/s | p50 | p95 | p99 | errors | server CPU/request | × floor page | response |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (const endpoint of FLOOR_ENDPOINTS) {
        const result = floor[endpoint.key];
        if (!result) continue;
        const { p50, p95, p99 } = result.latencyMs;
        lines.push(`| ${endpoint.label} | ${round(result.requestsPerSecond)} | ${round(p50, 1)} ms | ${round(p95, 1)} ms | ${round(p99, 1)} ms | ${result.errors ?? 0} | ${result.serverCpuMsPerRequest ?? "–"} ms | ${result.floorMultiple ?? "–"}× | ${kb(result.bytesPerResponse)} |`);
      }
      if (after) {
        const { p50, p95, p99 } = after.latencyMs;
        lines.push(`| Floor page again, after Stepwise's endpoints | ${round(after.requestsPerSecond)} | ${round(p50, 1)} ms | ${round(p95, 1)} ms | ${round(p99, 1)} ms | ${after.errors ?? 0} | ${after.serverCpuMsPerRequest ?? "–"} ms | ${after.floorMultiple ?? "–"}× | ${kb(after.bytesPerResponse)} |`);
      }
    }
    // Reports from before --workers have one run: the endpoints themselves, one process.
    const runs = report.http.runs ?? [{ workers: 1, endpoints: report.http.endpoints }];
    for (const [index, run] of runs.entries()) {
      const judged = index === runs.length - 1 ? "; the targets above are judged on this run" : "";
      const server = run.workers === 1 ? "one `next start` process" : `\`npm start\` with WEB_CONCURRENCY=${run.workers} (${run.workers} \`next start\` workers on one port${judged})`;
      lines.push("", `HTTP, ${server}: ${connections} connections, ${durationSeconds} s each after a ${warmupSeconds} s warm-up (autocannon, signed in as the heavy user):`, "");
      lines.push("| Endpoint | req/s | p50 | p95 | p99 | errors | server CPU/request | × floor page | response | SQL statements |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (const endpoint of HTTP_ENDPOINTS) {
        const result = run.endpoints[endpoint.key];
        if (!result) continue;
        const { p50, p95, p99 } = result.latencyMs;
        const statements = report.http.sqlStatementsPerRequest?.[endpoint.key];
        lines.push(
          `| ${endpoint.label} | ${round(result.requestsPerSecond)} | ${round(p50, 1)} ms | ${round(p95, 1)} ms | ${round(p99, 1)} ms | ${result.errors ?? 0} | ${result.serverCpuMsPerRequest ?? "–"} ms | ${result.floorMultiple === undefined || result.floorMultiple === null ? "–" : `${result.floorMultiple}×`} | ${kb(result.bytesPerResponse)} | ${statements ?? "–"} |`,
        );
      }
    }
  }
  if (report.reminders) {
    lines.push("", "Reminders (each run in its own process; the sink accepts and discards):", "");
    lines.push("| Run | Messages | Seconds | Messages/s | RSS before | Peak RSS | Peak JS heap in use |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const size of ["small", "large"]) {
      for (const mode of ["ceiling", "product", "ceilingAfter"]) {
        const run = report.reminders[size][mode];
        if (!run) continue;
        const label = { product: "Scheduler pass (plan + send)", ceiling: "nodemailer alone (ceiling)", ceilingAfter: "nodemailer alone again (ceiling, after the pass)" }[mode];
        lines.push(`| ${label} | ${run.count.toLocaleString("en-US")} | ${round(run.seconds, 1)} | ${round(run.perSecond)} | ${run.rssBeforeMb} MB | ${run.peakRssMb} MB | ${run.peakHeapUsedMb ?? "–"} MB |`);
      }
    }
  }
  const plan = report.reminders?.large.product.claimPlan;
  if (plan) {
    lines.push("", `The claim query's plan (\`EXPLAIN ANALYZE\`, in a rolled-back transaction) with ${report.reminders.large.product.count.toLocaleString("en-US")} rows pending:`, "", "```", ...plan, "```");
  }
  if (report.seed?.counts) {
    lines.push(
      "",
      `Seeded installation (${round(report.seed.seconds, 1)} s): ${Object.entries(report.seed.counts)
        .map(([name, count]) => `${Number(count).toLocaleString("en-US")} ${name}`)
        .join(", ")}.`,
    );
  }
  if (report.bundle?.routes) {
    lines.push(
      "",
      `First-load JavaScript (gzip): ${Object.entries(report.bundle.routes)
        .map(([route, size]) => `\`${route}\` ${kb(size.gzipBytes)}`)
        .join(", ")}.`,
    );
  }
  return lines.join("\n");
}
