// `node bench/bundle-size.mjs [--dir .next] [--route /dashboard ...]`, after `npm run build`:
// the first-load JavaScript of app routes, from the build's own manifests, as one JSON line
// `{ "routes": { "/dashboard": { "files": [...], "gzipBytes": n, "rawBytes": n }, "/": {...} } }`.
//
// Next 16's Turbopack build no longer prints per-route sizes, so this reads what the server uses
// to write a page's <script> tags:
// - `server/app/<entry>/build-manifest.json` → `rootMainFiles`: the framework and runtime chunks
//   every app route loads (React, the router, Turbopack's chunk loader);
// - `server/app/<entry>_client-reference-manifest.js` → `entryJSFiles`: for each segment of the
//   route's tree (root layout, group layout, page, and the error/not-found boundaries they
//   render), the chunks of the client components it uses.
// The first load is the union of both. `polyfillFiles` are left out: they are `<script noModule>`,
// which browsers that run modules never fetch. Chunks loaded later by `next/dynamic` or
// `import()` are not part of the first load and are not listed in either manifest.
// gzip at level 9, as the `gzip-size` package that older `next build` output used.
//
// e2e/bundle-size.spec.ts cross-checks this against the real HTML: it signs in, loads each route
// from `next start` and asserts that the `<script src>` it references are exactly these files.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const DEFAULT_ROUTES = ["/dashboard", "/"];

/** The app-router entry ("/(app)/dashboard/page") of a URL path ("/dashboard"). */
function entryOf(buildDir, route) {
  const routes = JSON.parse(readFileSync(path.join(buildDir, "app-path-routes-manifest.json"), "utf8"));
  const entry = Object.keys(routes).find((key) => routes[key] === route && key.endsWith("/page"));
  if (!entry) throw new Error(`No app route ${route} in ${buildDir}/app-path-routes-manifest.json`);
  return entry;
}

function clientReferenceManifest(buildDir, entry) {
  const file = path.join(buildDir, "server", "app", `${entry}_client-reference-manifest.js`);
  // The file assigns into globalThis.__RSC_MANIFEST; evaluate it in a scope of our own.
  const scope = { __RSC_MANIFEST: {} };
  new Function("globalThis", readFileSync(file, "utf8"))(scope);
  const manifest = scope.__RSC_MANIFEST[entry];
  if (!manifest) throw new Error(`${file} has no manifest for ${entry}`);
  return manifest;
}

/** The JS files (relative to .next/, e.g. "static/chunks/abc.js") a route's HTML loads first. */
export function firstLoadFiles(buildDir, route) {
  const entry = entryOf(buildDir, route);
  const buildManifest = JSON.parse(readFileSync(path.join(buildDir, "server", "app", entry, "build-manifest.json"), "utf8"));
  const { entryJSFiles } = clientReferenceManifest(buildDir, entry);
  const files = new Set(buildManifest.rootMainFiles);
  for (const chunks of Object.values(entryJSFiles)) for (const chunk of chunks) files.add(chunk);
  return [...files].filter((file) => file.endsWith(".js")).sort();
}

export function measureFiles(buildDir, files) {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(buildDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, gzipBytes, rawBytes };
}

export function measureRoutes(buildDir, routes = DEFAULT_ROUTES) {
  if (!existsSync(path.join(buildDir, "BUILD_ID"))) throw new Error(`No production build in ${buildDir}: run \`npm run build\` first.`);
  return Object.fromEntries(routes.map((route) => [route, measureFiles(buildDir, firstLoadFiles(buildDir, route))]));
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const args = process.argv.slice(2);
  const valuesOf = (flag) => args.flatMap((arg, index) => (arg === flag && args[index + 1] ? [args[index + 1]] : []));
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const buildDir = path.resolve(root, valuesOf("--dir")[0] ?? ".next");
  const routes = valuesOf("--route");
  console.log(JSON.stringify({ routes: measureRoutes(buildDir, routes.length ? routes : DEFAULT_ROUTES) }));
}
