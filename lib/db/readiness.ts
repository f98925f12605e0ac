import "server-only";
import { getDatabase } from "./index";

const TIMEOUT_MS = 3_000;

/** True when the database answers a trivial query within a few seconds. */
export async function isDatabaseReady(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  const check = (async () => {
    const { sql } = await getDatabase();
    await sql.query("SELECT 1");
    return true;
  })().catch((error: unknown) => {
    console.error("[ready] database check failed:", (error as Error).message);
    return false;
  });
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
