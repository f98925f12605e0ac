// `npm run bench [-- --count N]`: the benchmark suite. So far it holds the reminder benchmark
// (bench/reminders.ts): it starts a throwaway PostgreSQL, sends N due reminders through the
// scheduler to a discarding SMTP server and compares with plain nodemailer. The HTTP
// benchmarks and the data generator of issue 6 are still to come.
import { spawnSync } from "node:child_process";
import { startThrowawayPostgres } from "../scripts/postgres-throwaway.mjs";

const server = await startThrowawayPostgres();
try {
  const result = spawnSync(process.execPath, ["--import", "tsx", "bench/reminders.ts", "--database-url", server.url, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exitCode = result.status ?? 1;
} finally {
  await server.stop();
}
