// When a build is out of date: the newest modification time under its sources, compared with
// its BUILD_ID. Shared by `npm start`'s build check (scripts/ensure-build.mjs) and the
// benchmark's floor app (bench/floor-build.mjs).
import { existsSync, readdirSync, statSync } from "node:fs";

/** The newest mtime (ms) of `target` and everything below it, skipping folders named in `skip`; 0 when it does not exist. */
export function newestMtime(target, skip = new Set(["node_modules"])) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (skip.has(entry)) continue;
    newest = Math.max(newest, newestMtime(`${target}/${entry}`, skip));
  }
  return newest;
}

/** When the build whose BUILD_ID file is `buildIdFile` was made (ms), or 0 when there is none. */
export function builtAt(buildIdFile) {
  return existsSync(buildIdFile) ? statSync(buildIdFile).mtimeMs : 0;
}
