// Runs `prisma generate` on machines that cannot download Prisma's schema engine.
//
// Prisma 7's CLI fetches its Rust schema engine before `generate`, although generating the
// client (query compiler in WebAssembly) never uses it. Pointing PRISMA_SCHEMA_ENGINE_BINARY
// at any existing file skips the download. Migrations do not use the CLI at all: see
// lib/db/migrate.ts.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
