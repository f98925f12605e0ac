// Where a page's server CPU goes: runs one `next start` (as bench/http.ts's single-process run)
// under `node --cpu-prof` per endpoint, loads that endpoint with autocannon, stops the server
// (the profile is written on exit) and sums the profile's self time by where the code lives:
// React's server renderer, Next.js, Prisma (client, query compiler, interpreter), the pg driver,
// next-auth/jose, zod, luxon, the app's own bundle, Node internals, GC.
//
// Usage: node --conditions=react-server --import tsx bench/profile.ts --database-url URL
//          --heavy-user '<the JSON bench/seed.ts printed>' [--endpoints shell,shellEmpty,dashboard,goal,buddy,calendar]
//          [--duration 10] [--out bench/results/profiles]
// Needs a production build. Prints one JSON line (per endpoint: share of self time by category,
// and the top functions); the .cpuprofile files stay in --out (open them in Chrome DevTools).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SourceMapConsumer } from "source-map-js";
import { freePort } from "../scripts/postgres-throwaway.mjs";
import { AUTH_SECRET, newUser, readBenchArgs, sessionCookie } from "./bench-setup";

const { values, databaseUrl, heavy, duration, connections } = readBenchArgs({
  endpoints: { type: "string", default: "shell,shellEmpty,dashboard,goal,buddy,calendar" },
  out: { type: "string", default: "bench/results/profiles" },
});
const outDir = path.resolve(String(values.out));
const log = (message: string) => console.error(`[bench:profile] ${message}`);

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const sourceMaps = new Map<string, SourceMapConsumer | null>();

/**
 * The source a frame in the app's server bundle came from ("lib/goals/dashboard.ts",
 * "node_modules/zod/…"), through the bundle's source map; null outside the bundle.
 */
function originalSource(url: string, line: number, column: number): string | null {
  if (!url.includes("/.next/server/")) return null;
  const file = url.replace(/^file:\/\//, "");
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(file, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
  }
  const source = sourceMaps.get(file)?.originalPositionFor({ line: line + 1, column }).source;
  return source
    ? decodeURIComponent(source)
        .replace(/^(\.\.\/)+/, "")
        .replace(/^.*\[project\]\//, "")
    : null;
}

/** Where a function lives: by its script's URL, or for the app's bundle by its source map. */
function categoryOf(frame: ProfileNode["callFrame"]): string {
  const { functionName } = frame;
  const source = originalSource(frame.url, frame.lineNumber, frame.columnNumber);
  if (source && !source.startsWith("node_modules/")) {
    const [top, domain] = source.split("/");
    return top === "lib" ? `app: lib/${domain}` : `app: ${top}`;
  }
  const url = source ? `/${source}` : frame.url;
  if (!url) {
    if (functionName === "(garbage collector)") return "GC";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "program (native, unattributed)";
    return `native: ${functionName || "anonymous"}`;
  }
  if (url.startsWith("wasm://")) return "prisma query compiler (wasm)";
  if (url.startsWith("node:")) return "node internals";
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (inModules) {
    const [, pkg, rest] = inModules as unknown as [string, string, string];
    if (pkg === "next") {
      if (/compiled\/next-server\/app-page/.test(rest)) return "next app-page runtime (React server renderer + Flight, bundled)";
      if (/compiled\/react-dom|compiled\/react-server-dom|compiled\/react\//.test(rest)) return "react (compiled in next)";
      return "next (server, router, other)";
    }
    if (pkg.startsWith("@prisma/") || pkg === "prisma") return pkg === "@prisma/adapter-pg" ? "pg driver + prisma adapter" : "prisma client";
    if (["pg", "pg-protocol", "pg-pool", "pg-types", "postgres-array", "postgres-date", "postgres-interval", "postgres-bytea"].includes(pkg)) return "pg driver + prisma adapter";
    if (["next-auth", "@auth/core", "jose", "@panva/hkdf"].includes(pkg)) return "next-auth / jose";
    return pkg;
  }
  if (url.includes("/.next/server/")) return "app bundle (no source map)";
  return `other: ${url.replace(/^file:\/\//, "")}`;
}

/**
 * Self time of the samples taken while the load ran. The profile spans the whole process (start,
 * warm-up, load, shutdown); its end is the exit, so the load window is placed by how long before
 * the exit it started and ended (`beforeExitMs`).
 */
function summarise(profile: CpuProfile, requests: number, beforeExitMs: { start: number; end: number }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const from = profile.endTime - beforeExitMs.start * 1000;
  const to = profile.endTime - beforeExitMs.end * 1000;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    const category = categoryOf(frame);
    if (category === "idle") continue;
    total += micros;
    categories.set(category, (categories.get(category) ?? 0) + micros);
    const where = `${frame.functionName || "(anonymous)"} ${originalSource(frame.url, frame.lineNumber, frame.columnNumber) ?? frame.url.replace(/^.*node_modules\//, "")}:${frame.lineNumber + 1}`;
    functions.set(where, (functions.get(where) ?? 0) + micros);
  }
  const perRequest = (micros: number) => Number((micros / 1000 / Math.max(1, requests)).toFixed(3));
  const sorted = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => ({ name, msPerRequest: perRequest(micros), share: Number(((micros / total) * 100).toFixed(1)) }));
  return { busyMsPerRequest: perRequest(total), categories: sorted(categories, 20), topFunctions: sorted(functions, 25) };
}

/** `npm start`'s single process (scripts/start.mjs) under --cpu-prof, which NODE_OPTIONS may not carry. */
async function startProfiledServer(profileDir: string) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = path.join(os.tmpdir(), `stepwise-profile-${port}`);
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(process.execPath, [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`, "scripts/start.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true", APP_URL: url, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, AUTH_SECRET, REMINDER_TIMER: "off", WEB_CONCURRENCY: "1" },
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  const exited = new Promise<number>((resolve) => child.once("exit", () => resolve(Date.now())));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const at = await exited;
    process.off("exit", killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
    return at;
  };
  for (const deadline = Date.now() + 120_000; ;) {
    if (
      (await fetch(`${url}/api/ready`).then(
        (response) => response.status,
        () => 0,
      )) === 200
    )
      return { url, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error("The profiled server did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const newcomer = await newUser(databaseUrl);
const heavyCookie = await sessionCookie(heavy);
const allEndpoints: Record<string, { path: string; cookie?: string }> = {
  shell: { path: "/notifications", cookie: await sessionCookie(newcomer) },
  shellEmpty: { path: "/dashboard", cookie: await sessionCookie(newcomer) },
  dashboard: { path: "/dashboard", cookie: heavyCookie },
  goal: { path: `/goals/${heavy.goalId}`, cookie: heavyCookie },
  buddy: { path: `/buddies/${heavy.pairingId}`, cookie: heavyCookie },
  calendar: { path: `/api/calendar/${heavy.calendarToken}.ics` },
};

mkdirSync(outDir, { recursive: true });
const results: Record<string, unknown> = {};
for (const name of String(values.endpoints).split(",")) {
  const endpoint = allEndpoints[name];
  if (!endpoint) throw new Error(`Unknown endpoint ${name}`);
  const dir = path.join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const server = await startProfiledServer(dir);
  try {
    const headers: Record<string, string> = endpoint.cookie ? { cookie: endpoint.cookie } : {};
    const check = await fetch(server.url + endpoint.path, { headers, redirect: "manual" });
    if (check.status !== 200) throw new Error(`${endpoint.path} answered ${check.status}`);
    await check.text();
    log(`${name}: warm-up, then ${duration} s at ${connections} connections under --cpu-prof`);
    await new Promise<autocannon.Result>((resolve, reject) => autocannon({ url: server.url + endpoint.path, connections, duration: 3, headers }, (error, result) => (error ? reject(error) : resolve(result))));
    const loadStart = Date.now();
    const loaded = await new Promise<autocannon.Result>((resolve, reject) => autocannon({ url: server.url + endpoint.path, connections, duration, headers }, (error, result) => (error ? reject(error) : resolve(result))));
    const requests = loaded.requests.total;
    const loadEnd = Date.now();
    const exitedAt = await server.stop();
    const file = readdirSync(dir).find((entry) => entry.endsWith(".cpuprofile"));
    if (!file) throw new Error(`No profile written in ${dir}`);
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    results[name] = { requests, ...summarise(profile, requests, { start: exitedAt - loadStart, end: exitedAt - loadEnd }) };
    log(`${name}: ${requests} requests profiled`);
  } finally {
    await server.stop();
  }
}
console.log(JSON.stringify(results));
