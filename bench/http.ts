// The HTTP benchmarks: the production build, started as `npm start` starts it
// (scripts/start.mjs), on a loopback port against a database filled by bench/seed.ts, loaded
// by autocannon. Each endpoint is timed once per worker count in --workers: one `next start`
// process, then (by default) as many workers as the machine has cores (WEB_CONCURRENCY), the
// recommended setting on one machine; the targets are judged on the last one. For each endpoint it reports
// requests/s, p50/p95/p99 latency and errors (socket errors, timeouts and non-2xx answers):
// GET /api/health (the framework's ceiling in the same run), the signed-in shell around an empty
// page (a new user's notifications), a new user's dashboard, the heavy user's dashboard, one
// of their goals, a buddy's view and their calendar feed. It also counts the SQL statements
// each page runs per request.
//
// Usage: node --conditions=react-server --import tsx bench/http.ts --database-url URL --heavy-user '<heavyUser JSON, or the whole line bench/seed.ts printed>'
//          [--duration 10] [--connections 10] [--warmup 3] [--workers 1,<cores>] [--endpoints shell,dashboard,...]
// --endpoints times only those (and the floor page): for trying a change, not for the README.
// Needs a production build (`npm run build`). Prints one JSON line; progress goes to stderr.
//
// SQL statements are counted on the wire: for that part the server runs a second time with
// DATABASE_URL pointing at a small proxy (below) that counts the statements the app sends to
// PostgreSQL (each simple Query and each extended-protocol Execute). That counts everything
// one real request runs, session check and layout included, with no change to the app and
// no server extension; it runs apart from the timed runs, so the proxy costs them nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { freePort } from "../scripts/postgres-throwaway.mjs";
import { startProductionServer, type ProductionServer } from "../scripts/production-server";
import { stopChild } from "../scripts/stop-child.mjs";
import { AUTH_SECRET, newUser, readBenchArgs, sessionCookie } from "./bench-setup";
import { ensureFloorBuild, FLOOR_APP_DIR, NEXT_BIN } from "./floor-build.mjs";

const { values, databaseUrl, heavy, duration, connections } = readBenchArgs({
  warmup: { type: "string", default: "3" },
  workers: { type: "string", default: `1,${os.availableParallelism()}` },
  endpoints: { type: "string" },
});
const onlyEndpoints = values.endpoints ? new Set(String(values.endpoints).split(",")) : null;
const warmup = Number(values.warmup);
if (!(warmup >= 0)) throw new Error("--warmup must not be negative");
const workerCounts = [...new Set(String(values.workers).split(",").map(Number))];
if (!workerCounts.every((count) => Number.isInteger(count) && count >= 1)) throw new Error("--workers must list whole numbers ≥ 1, e.g. 1,2");

const root = process.cwd();
if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first");

const log = (message: string) => console.error(`[bench:http] ${message}`);
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (user + system, ms) used so far by a process and its descendants, from /proc (Linux;
 * null elsewhere). CPU per request is steadier than requests/s on a shared machine: other
 * work slows the server down but does not add to its CPU time.
 */
function cpuMilliseconds(rootPid: number): number | null {
  try {
    const stats = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map((name) => {
        try {
          // Fields after the command name (which may contain spaces): state, ppid, ... utime (14), stime (15).
          const fields = readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
          return { pid: Number(name), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
        } catch {
          return null;
        }
      })
      .filter((entry) => entry !== null);
    const tree = new Set([rootPid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const entry of stats) if (!tree.has(entry.pid) && tree.has(entry.ppid)) grew = tree.add(entry.pid).size > 0;
    }
    const ticks = stats.filter((entry) => tree.has(entry.pid)).reduce((sum, entry) => sum + entry.ticks, 0);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

// Ctrl-C or a kill ends the run through process.exit, so the servers are stopped too.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(signal === "SIGINT" ? 130 : 143));

async function startServer(dbUrl: string, workers: number): Promise<ProductionServer> {
  return startProductionServer({
    port: await freePort(),
    // No SMTP_URL: nothing here sends email; anything that did would land in the server's DATA_DIR.
    env: { DATABASE_URL: dbUrl, AUTH_SECRET, REMINDER_TIMER: "off", WEB_CONCURRENCY: String(workers) },
  });
}

/** A TCP proxy in front of PostgreSQL that counts the statements clients send through it. */
async function startCountingProxy(target: URL): Promise<{ url: string; statements(): number; close(): Promise<void> }> {
  const SSL_REQUEST = 80877103;
  const GSS_REQUEST = 80877104;
  const QUERY = 0x51; // 'Q'
  const EXECUTE = 0x45; // 'E'
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let pending: Buffer = Buffer.alloc(0);
    // The first messages (SSL/GSS requests, then the startup message) have no type byte.
    let startup = true;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (startup) {
          if (pending.length < 8 || pending.length < pending.readInt32BE(0)) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(pending.readInt32BE(0));
          if (code !== SSL_REQUEST && code !== GSS_REQUEST) startup = false;
          continue;
        }
        if (pending.length < 5 || pending.length < 1 + pending.readInt32BE(1)) break;
        if (pending[0] === QUERY || pending[0] === EXECUTE) statements += 1;
        pending = pending.subarray(1 + pending.readInt32BE(1));
      }
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on("error", close);
      socket.on("close", close);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxied = new URL(target);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((server.address() as net.AddressInfo).port);
  // The proxy reads the protocol, so it must stay in clear text (loopback only).
  proxied.searchParams.set("sslmode", "disable");
  return {
    url: proxied.toString(),
    statements: () => statements,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

/** `status`: what every answer must be (default 200); `headers`: sent besides the cookie. */
type Endpoint = { name: string; path: string; cookie?: string; headers?: Record<string, string>; status?: number; expect: (body: string) => string | null };

const requestHeaders = (endpoint: Endpoint): Record<string, string> => ({ ...endpoint.headers, ...(endpoint.cookie ? { cookie: endpoint.cookie } : {}) });

function mustContain(...needles: string[]) {
  return (body: string) => needles.find((needle) => !body.includes(needle)) ?? null;
}

/** One request must answer 200 with the real content before the endpoint is measured. */
async function verify(baseUrl: string, endpoint: Endpoint): Promise<{ bytes: number }> {
  const response = await fetch(baseUrl + endpoint.path, { headers: requestHeaders(endpoint), redirect: "manual" });
  const body = await response.text();
  if (response.status !== (endpoint.status ?? 200)) throw new Error(`${endpoint.path} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  const missing = endpoint.expect(body);
  if (missing !== null) throw new Error(`${endpoint.path} answered 200 without "${missing}"`);
  return { bytes: Buffer.byteLength(body) };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Number((sorted[index] as number).toFixed(2));
}

/** What load() needs of a server: where it answers, and the process whose CPU time counts. */
type MeasuredServer = { url: string; child: ChildProcess };

/** The floor app served by `next start`, as Stepwise's single-process run is (no database, no env). */
async function startFloorServer(): Promise<MeasuredServer & { stop(): Promise<void> }> {
  ensureFloorBuild((message) => log(message));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", FLOOR_APP_DIR, "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    process.off("exit", killOnExit);
    await stopChild(child, exited);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await fetch(`${url}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return { url, child, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The floor app did not start (last status ${status}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function load(server: MeasuredServer, endpoint: Endpoint, seconds: number) {
  const baseUrl = server.url;
  const cpuBefore = cpuMilliseconds(server.child.pid as number);
  // autocannon's own percentiles skip p95, so every response time is kept and sorted here.
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl + endpoint.path, connections, duration: seconds, timeout: 10, headers: requestHeaders(endpoint) }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  const cpuAfter = cpuMilliseconds(server.child.pid as number);
  latencies.sort((a, b) => a - b);
  const completed = result.requests.total;
  // An endpoint that must answer something else than 200 (a 304) counts every other answer as an error.
  const unexpected = endpoint.status && endpoint.status !== 200 ? completed - ((result.statusCodeStats as Record<string, { count: number }> | undefined)?.[endpoint.status]?.count ?? 0) : result.non2xx;
  return {
    path: endpoint.path.replace(heavy.calendarToken, "<token>"),
    requestsPerSecond: Number((completed / result.duration).toFixed(1)),
    requests: completed,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      mean: Number((latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length)).toFixed(2)),
      max: percentile(latencies, 100),
    },
    errors: result.errors + result.timeouts + unexpected,
    non2xx: unexpected,
    timeouts: result.timeouts,
    socketErrors: result.errors,
    bytesPerResponse: completed ? Math.round(result.throughput.total / completed) : 0,
    /** Server CPU (all its processes) per completed request, ms; null where /proc is missing. */
    serverCpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && completed ? Number(((cpuAfter - cpuBefore) / completed).toFixed(2)) : null,
  };
}

async function lightUser(): Promise<{ id: string; sessionVersion: number; goals: number }> {
  // Somebody ordinary to compare statement counts with: a few goals, one buddy.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; sessionVersion: number; goals: string }>(
      `SELECT u."id", u."sessionVersion", (SELECT count(*) FROM "Goal" WHERE "ownerId" = u."id") AS goals
       FROM "User" AS u
       WHERE u."emailVerifiedAt" IS NOT NULL AND u."id" <> $1
         AND EXISTS (SELECT 1 FROM "BuddyPairing" AS bp WHERE bp."status" = 'ACTIVE' AND u."id" IN (bp."userAId", bp."userBId"))
         AND EXISTS (SELECT 1 FROM "Goal" WHERE "ownerId" = u."id")
       ORDER BY u."email" LIMIT 1`,
      [heavy.id],
    );
    const row = rows[0];
    if (!row) throw new Error("The database has no ordinary user with goals and a buddy: was it filled by bench/seed.ts?");
    return { id: row.id, sessionVersion: row.sessionVersion, goals: Number(row.goals) };
  } finally {
    await client.end();
  }
}

const heavyCookie = await sessionCookie(heavy);
const newcomer = await newUser(databaseUrl);
const newcomerCookie = await sessionCookie(newcomer);
const endpoints: Endpoint[] = [
  { name: "health", path: "/api/health", expect: mustContain('"status":"ok"') },
  // The signed-in shell around a page with nothing on it: a real page (a new user's notifications)
  // in the (app) layout, so what it costs beyond the floor is what every signed-in page pays.
  { name: "shell", path: "/notifications", cookie: newcomerCookie, expect: mustContain("Notifications", "Nothing yet.") },
  { name: "shellEmpty", path: "/dashboard", cookie: newcomerCookie, expect: mustContain("Welcome, ", newcomer.name) },
  { name: "dashboard", path: "/dashboard", cookie: heavyCookie, expect: mustContain(heavy.name, "Our agreement", heavy.buddyName, "Recent check-ins") },
  { name: "goal", path: `/goals/${heavy.goalId}`, cookie: heavyCookie, expect: mustContain(heavy.goalTitle, "Check-ins") },
  { name: "buddy", path: `/buddies/${heavy.pairingId}`, cookie: heavyCookie, expect: mustContain(`${heavy.buddyName}`, "shared") },
  { name: "calendar", path: `/api/calendar/${heavy.calendarToken}.ics`, expect: mustContain("BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VCALENDAR") },
  // A calendar client polling a feed it already has: If-None-Match with the feed's ETag (read
  // from the server before this endpoint is measured) answered by a 304 without a body.
  { name: "calendarUnchanged", path: `/api/calendar/${heavy.calendarToken}.ics`, headers: {}, status: 304, expect: (body) => (body === "" ? null : "an empty body") },
];

if (onlyEndpoints) endpoints.splice(0, endpoints.length, ...endpoints.filter((endpoint) => onlyEndpoints.has(endpoint.name)));

/** Puts the feed's current ETag in the conditional endpoint's If-None-Match. */
async function readFeedEtag(baseUrl: string): Promise<void> {
  const conditional = endpoints.find((endpoint) => endpoint.name === "calendarUnchanged");
  if (!conditional) return;
  const etag = (await fetch(`${baseUrl}${conditional.path}`)).headers.get("etag");
  if (!etag) throw new Error("The calendar feed answered without an ETag");
  conditional.headers = { "if-none-match": etag };
}

const FLOOR_COOKIE = "floor-name=bench";
const floorEndpoints: Endpoint[] = [
  { name: "floor", path: "/floor", cookie: FLOOR_COOKIE, expect: mustContain("Hello, bench") },
  { name: "floorList", path: "/floor-list", expect: mustContain("Item 10 of section 50") },
  { name: "health", path: "/api/health", expect: mustContain('"status":"ok"') },
];

type EndpointResult = Awaited<ReturnType<typeof load>> & { verifiedBytes: number; floorMultiple?: number | null };
const runs: { workers: number; endpoints: Record<string, EndpointResult> }[] = [];
const floor: Record<string, EndpointResult> = {};
let floorAfter: EndpointResult | undefined;
const sqlStatements: Record<string, number | Record<string, number>> = {};
let server: ProductionServer | undefined;
let proxy: Awaited<ReturnType<typeof startCountingProxy>> | undefined;
let floorServer: Awaited<ReturnType<typeof startFloorServer>> | undefined;

/**
 * The floor page's CPU per request that multiples divide by: the mean of its measurement before
 * Stepwise's endpoints and the one after them, so a machine that speeds up or slows down
 * during the run (a shared VM does) moves both sides alike.
 */
function floorPageCpu(): number | null {
  const measured = [floor.floor?.serverCpuMsPerRequest, floorAfter?.serverCpuMsPerRequest].filter((cpu): cpu is number => typeof cpu === "number" && cpu > 0);
  return measured.length ? Number((measured.reduce((sum, cpu) => sum + cpu, 0) / measured.length).toFixed(2)) : null;
}

/** Server CPU per request as a multiple of the floor page's (null where CPU was not measured). */
function floorMultiple(result: { serverCpuMsPerRequest: number | null }): number | null {
  const floorCpu = floorPageCpu();
  if (!floorCpu || result.serverCpuMsPerRequest === null) return null;
  return Number((result.serverCpuMsPerRequest / floorCpu).toFixed(2));
}

/** Loads the floor app's endpoints (`only` the floor page for the second measurement). */
async function measureFloor(only?: string): Promise<Record<string, EndpointResult>> {
  log("starting the floor app (bench/floor-app, next start, one process)");
  floorServer = await startFloorServer();
  const measured: Record<string, EndpointResult> = {};
  for (const endpoint of floorEndpoints.filter((candidate) => !only || candidate.name === only)) {
    const { bytes } = await verify(floorServer.url, endpoint);
    if (warmup > 0) await load(floorServer, endpoint, warmup);
    log(`floor ${endpoint.name}: ${duration} s at ${connections} connections`);
    measured[endpoint.name] = { ...(await load(floorServer, endpoint, duration)), verifiedBytes: bytes };
  }
  await floorServer.stop();
  floorServer = undefined;
  return measured;
}

try {
  // With --endpoints, the floor page alone.
  Object.assign(floor, await measureFloor(onlyEndpoints ? "floor" : undefined));

  for (const workers of workerCounts) {
    log(`starting the server with ${workers} worker(s) for the timed runs`);
    server = await startServer(databaseUrl, workers);
    const endpointResults: Record<string, EndpointResult> = {};
    await readFeedEtag(server.url);
    for (const endpoint of endpoints) {
      const { bytes } = await verify(server.url, endpoint);
      if (warmup > 0) await load(server, endpoint, warmup);
      log(`${endpoint.name}: ${duration} s at ${connections} connections, ${workers} worker(s)`);
      const result = await load(server, endpoint, duration);
      // Its floorMultiple is set once the floor page has been measured again, below.
      endpointResults[endpoint.name] = { ...result, verifiedBytes: bytes };
    }
    runs.push({ workers, endpoints: endpointResults });
    await server.stop();
    server = undefined;
  }
  floorAfter = (await measureFloor("floor")).floor;
  for (const result of [...Object.values(floor), floorAfter, ...runs.flatMap((run) => Object.values(run.endpoints))]) if (result) result.floorMultiple = floorMultiple(result);

  log("starting next start behind the statement-counting proxy");
  proxy = await startCountingProxy(new URL(databaseUrl));
  server = await startServer(proxy.url, 1);
  const counting = proxy;
  await readFeedEtag(server.url);
  const countFor = async (endpoint: Endpoint) => {
    await verify(server!.url, endpoint); // the first request opens pool connections and loads code
    const counts: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const before = counting.statements();
      await verify(server!.url, endpoint);
      // Let anything the request scheduled after answering reach the database too.
      await new Promise((resolve) => setTimeout(resolve, 100));
      counts.push(counting.statements() - before);
    }
    if (new Set(counts).size !== 1) log(`${endpoint.name}: statement counts differ between renders: ${counts.join(", ")}`);
    return Math.max(...counts);
  };
  for (const endpoint of endpoints) sqlStatements[endpoint.name] = await countFor(endpoint);
  const light = await lightUser();
  const lightDashboard = await countFor({ name: "dashboard (light)", path: "/dashboard", cookie: await sessionCookie(light), expect: mustContain("Our agreement") });
  sqlStatements.dashboardOfOrdinaryUser = { goals: light.goals, statements: lightDashboard };
} finally {
  await floorServer?.stop();
  await server?.stop();
  await proxy?.close();
}

// The targets are judged on the last run: the most workers, as the machine would be run.
const results = runs.at(-1)!.endpoints;
// With --endpoints a ratio may lack a side: NaN, printed as null.
const ratio = (results.dashboard?.requestsPerSecond ?? NaN) / (results.health?.requestsPerSecond ?? NaN);
const p95Within = (name: string, limit: number) => (results[name]?.latencyMs.p95 ?? Infinity) <= limit && results[name]?.errors === 0;
const multipleWithin = (name: string, limit: number) => (results[name]?.floorMultiple ?? Infinity) <= limit && results[name]?.errors === 0;
console.log(
  JSON.stringify({
    machine: { cpus: os.cpus().length, memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)), node: process.version },
    settings: { durationSeconds: duration, warmupSeconds: warmup, connections, workers: runs.at(-1)!.workers },
    endpoints: results,
    runs,
    floor: { app: "bench/floor-app", workers: 1, endpoints: floor, floorPageAfter: floorAfter, floorPageCpuMs: floorPageCpu() },
    dashboardToHealthRatio: Number(ratio.toFixed(3)),
    sqlStatementsPerRequest: sqlStatements,
    targets: {
      dashboardRatioAtLeast25Percent: ratio >= 0.25,
      dashboardP95AtMost100Ms: p95Within("dashboard", 100),
      dashboardFixedStatements: sqlStatements.dashboard === (sqlStatements.dashboardOfOrdinaryUser as { statements: number }).statements,
      goalP95AtMost50Ms: p95Within("goal", 50),
      buddyP95AtMost50Ms: p95Within("buddy", 50),
      calendarP95AtMost50Ms: p95Within("calendar", 50),
      shellCpuAtMost2xFloor: multipleWithin("shell", 2),
      dashboardCpuAtMost4xFloor: multipleWithin("dashboard", 4),
      goalCpuAtMost4xFloor: multipleWithin("goal", 4),
      buddyCpuAtMost4xFloor: multipleWithin("buddy", 4),
      calendarCpuAtMost2xFloor: multipleWithin("calendar", 2),
      calendarUnchangedCpuAtMost2xFloor: multipleWithin("calendarUnchanged", 2),
    },
  }),
);
