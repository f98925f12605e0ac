// The benchmark's floor (bench/http.ts): the least a Next.js app on the project's own Next and
// React can do per request. It has no package.json of its own and no install: `next build
// bench/floor-app` resolves next, react and react-dom from the repository's node_modules, so
// the versions are always the project's.
import path from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Where node_modules (and the lockfile) are: the repository, two folders up.
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
};

export default nextConfig;
