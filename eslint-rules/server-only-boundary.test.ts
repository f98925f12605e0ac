import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester } from "eslint";
import nextTs from "eslint-config-next/typescript";
import { describe, it } from "vitest";
import { serverOnlyBoundary } from "./server-only-boundary.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The TypeScript parser the project's lint config uses (so `import type` parses as it does there).
const parser = nextTs.find((config) => config.languageOptions?.parser)?.languageOptions?.parser;
const tester = new RuleTester({ languageOptions: { parser, ecmaVersion: 2022, sourceType: "module" } });
const inLib = (file: string) => path.join(root, "lib", file);
const options = [{ root }];

tester.run("server-only-boundary", serverOnlyBoundary, {
  valid: [
    { filename: inLib("goals/get-goal.ts"), options, code: 'import "server-only";\nimport { getDb } from "@/lib/db";' },
    { filename: inLib("goals/progress.ts"), options, code: 'import type { DbClient } from "@/lib/db";\nimport { z } from "zod";' },
    { filename: inLib("goals/goal-dto.ts"), options, code: 'import { type Db, type DbClient } from "@/lib/db";' },
    { filename: inLib("goals/categories.ts"), options, code: 'import { GoalCategory } from "@/lib/db/generated/enums";' },
    { filename: inLib("db/readiness.ts"), options, code: 'import "server-only";\nimport { getDatabase } from "./index";' },
    { filename: inLib("time/calendar-date.ts"), options, code: 'import path from "node:path";' },
    // Replaced at build time and secret-free: a client component may read these.
    { filename: path.join(root, "components/shell/service-worker.tsx"), options, code: 'export const on = process.env.NODE_ENV === "production" && process.env.NEXT_PUBLIC_X;' },
  ],
  invalid: [
    { filename: inLib("goals/get-goal.ts"), options, code: 'import { getDb } from "@/lib/db";', errors: [{ messageId: "missing" }] },
    { filename: inLib("db/readiness.ts"), options, code: 'import { getDatabase } from "./index";', errors: [{ messageId: "missing" }] },
    { filename: inLib("auth/secret.ts"), options, code: 'import { readFileSync } from "node:fs";', errors: [{ messageId: "missing" }] },
    { filename: inLib("config/env.ts"), options, code: "export const secret = process.env.AUTH_SECRET;", errors: [{ messageId: "missing" }] },
    { filename: inLib("config/env.ts"), options, code: "export const all = process.env;", errors: [{ messageId: "missing" }] },
    { filename: inLib("db/index.ts"), options, code: 'export { openDatabase } from "./client";', errors: [{ messageId: "missing" }] },
  ],
});
