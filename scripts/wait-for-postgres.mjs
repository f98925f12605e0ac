// Waits until a PostgreSQL-speaking server (PostgreSQL itself, or PgBouncer in front of it)
// answers a query, for the throwaway servers the tests start.

/**
 * Resolves once `SELECT 1` succeeds at `url`; tries every 100 ms for `timeoutMs`. `name` goes in
 * the error; `checkAlive` may throw to stop early (the server's process exited).
 */
export async function waitForPostgres(url, { name = "PostgreSQL", timeoutMs = 30_000, checkAlive = () => {}, details = () => "" } = {}) {
  const { default: pg } = await import("pg");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    checkAlive();
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${name} at ${url} did not become ready: ${error.message}${details()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
}
