// Stopping a child process we started (a server, PgBouncer): SIGTERM, then SIGKILL if it has not
// exited within the grace period; resolves once it has exited. Nothing to do if it already has.
/**
 * @param {import("node:child_process").ChildProcess} child
 * @param {Promise<unknown>} exited resolves when the child exits (made right after spawning, so the exit is not missed)
 * @param {number} [graceMs]
 */
export async function stopChild(child, exited, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
