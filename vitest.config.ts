// Two tiers (see package.json): `unit` is pure logic with no I/O and runs anywhere in
// seconds; `integration` runs against a real PostgreSQL server (TEST_DATABASE_URL, which
// `npm run test:integration` provides), every test file in its own database cloned from a
// migrated template, so files run in parallel without seeing each other's rows.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

const ignored = [...configDefaults.exclude, "**/node_modules/**", "**/.next/**", "e2e/**", "lib/db/generated/**"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "test/stubs/server-only.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...ignored, "**/*.integration.test.ts", "**/*.integration.test.tsx"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts", "**/*.integration.test.tsx"],
          exclude: ignored,
          globalSetup: ["test/integration/global-setup.ts"],
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
