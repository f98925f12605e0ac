// Builds the benchmark's floor app (bench/floor-app) with the repository's own `next` when it has
// no build yet, or when its sources or the installed Next.js changed since. Run by bench/run.mjs
// beside the app's build and the seeding, and by bench/http.ts before it serves the floor.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FLOOR_APP_DIR = path.join(root, "bench", "floor-app");
export const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === ".next" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function ensureFloorBuild(log = (message) => console.error(message)) {
  const buildId = path.join(FLOOR_APP_DIR, ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(newestMtime(FLOOR_APP_DIR), ...["next", "react", "react-dom"].map((name) => newestMtime(path.join(root, "node_modules", name, "package.json"))));
  if (builtAt !== 0 && builtAt >= changedAt) return;
  log(builtAt === 0 ? "building the floor app (bench/floor-app)" : "rebuilding the floor app (bench/floor-app changed, or Next.js/React did)");
  // Its output goes to stderr: stdout is reserved for the benchmark's JSON result.
  const result = spawnSync(process.execPath, [NEXT_BIN, "build", FLOOR_APP_DIR], { cwd: root, stdio: ["ignore", 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`Building the floor app failed (exit ${result.status})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureFloorBuild();
