// Builds the benchmark's floor app (bench/floor-app) with the repository's own `next` when it has
// no build yet, or when its sources or the installed Next.js changed since. Run by bench/run.mjs
// beside the app's build and the seeding, and by bench/http.ts before it serves the floor.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { builtAt as builtAtOf, newestMtime } from "../scripts/newest-change.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FLOOR_APP_DIR = path.join(root, "bench", "floor-app");
export const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");

export function ensureFloorBuild(log = (message) => console.error(message)) {
  const buildId = path.join(FLOOR_APP_DIR, ".next", "BUILD_ID");
  const builtAt = builtAtOf(buildId);
  const changedAt = Math.max(newestMtime(FLOOR_APP_DIR, new Set([".next", "node_modules"])), ...["next", "react", "react-dom"].map((name) => newestMtime(path.join(root, "node_modules", name, "package.json"))));
  if (builtAt !== 0 && builtAt >= changedAt) return;
  log(builtAt === 0 ? "building the floor app (bench/floor-app)" : "rebuilding the floor app (bench/floor-app changed, or Next.js/React did)");
  // Its output goes to stderr: stdout is reserved for the benchmark's JSON result.
  const result = spawnSync(process.execPath, [NEXT_BIN, "build", FLOOR_APP_DIR], { cwd: root, stdio: ["ignore", 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`Building the floor app failed (exit ${result.status})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureFloorBuild();
