// `npm start` runs this first: it builds the app when there is no production build yet, or
// when source files changed since the last one, so `npm install && npm start` just works.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { builtAt as builtAtOf, newestMtime } from "./newest-change.mjs";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "prisma", "public", "instrumentation.ts", "instrumentation-node.ts", "next.config.js", "package.json", "postcss.config.mjs"];

const builtAt = builtAtOf(buildId);
// The Prisma client under lib/db/generated is regenerated on install, not a source change.
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source), new Set(["node_modules", "generated"]))));

if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? "No production build yet: building Stepwise…" : "Sources changed since the last build: rebuilding…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
