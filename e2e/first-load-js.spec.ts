// Cross-checks bench/bundle-size.mjs against what a browser is really sent: the <script src> of the
// server-rendered HTML of the dashboard (signed in) and the landing page must be exactly the files
// the script computes from the build manifests, and the dashboard's must stay within the target
// of issue 6 (150 kB gzipped).
import path from "node:path";
import { expect, test } from "./support/fixtures";

type BundleSize = {
  firstLoadFiles(buildDir: string, route: string): string[];
  measureFiles(buildDir: string, files: string[]): { files: string[]; gzipBytes: number; rawBytes: number };
};

const FIRST_LOAD_BUDGET_BYTES = 150_000;
const buildDir = path.resolve(".next");

test("the HTML loads exactly the first-load files the manifests list; the dashboard's fit in 150 kB gzipped", async ({ page, login }) => {
  // A plain .mjs without type declarations: typed here by what this test uses.
  const bundleSize = (await import(path.resolve("bench/bundle-size.mjs"))) as BundleSize;
  await login({ name: "Barbara Liskov", prefix: "bundle" });

  for (const route of ["/dashboard", "/"]) {
    const response = await page.request.get(route);
    expect(response.status(), route).toBe(200);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((match) => match[1] ?? "")
      // noModule polyfills are never fetched by browsers that run modules.
      .filter((attributes) => !/\bnomodule\b/i.test(attributes))
      .flatMap((attributes) => /\bsrc="\/_next\/([^"?]+)/.exec(attributes)?.[1] ?? []);
    const expected = bundleSize.firstLoadFiles(buildDir, route);
    expect([...new Set(scripts)].sort(), `<script src> of ${route}`).toEqual(expected);
    if (route === "/dashboard") expect(bundleSize.measureFiles(buildDir, expected).gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  }
});
