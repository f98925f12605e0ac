// Runs once when a server instance starts (see instrumentation-node.ts for what it does).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerInstance } = await import("./instrumentation-node");
    await startServerInstance();
  }
}
