// The production server started as `npm start` starts it (scripts/start.mjs) on a loopback
// port, for the programs that need a real one beside the app: the browser tests' extra
// instances (e2e/support/instances.ts) and the HTTP benchmark (bench/http.ts). Resolves once
// /api/ready answers 200; each server gets a DATA_DIR of its own, removed when it exits.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const START_SCRIPT = path.join(root, "scripts", "start.mjs");

export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number };

export type ProductionServer = {
  port: number;
  url: string;
  /** The `npm start` process (with WEB_CONCURRENCY > 1, the cluster primary). */
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  exited: Promise<Exit>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<Exit>;
};

export type ProductionServerOptions = {
  port: number;
  /** The app's configuration (DATABASE_URL, AUTH_SECRET, WEB_CONCURRENCY…); APP_URL defaults to the server's own address. */
  env: Record<string, string>;
  readyTimeoutMs?: number;
};

export async function startProductionServer({ port, env, readyTimeoutMs = 60_000 }: ProductionServerOptions): Promise<ProductionServer> {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "stepwise-server-"));
  const child = spawn(process.execPath, [START_SCRIPT, "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true", APP_URL: url, DATA_DIR: dataDir, ...env },
  });
  let output = "";
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  // Never leave a server behind when the program that started it exits, however it exits.
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })));
  void exited.then(() => {
    process.off("exit", killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const server: ProductionServer = {
    port,
    url,
    child,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        void exited.then(() => clearTimeout(timer));
      }
      return exited;
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const status = await fetch(`${url}/api/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return server;
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.stop(1_000);
      throw new Error(`The server on port ${port} did not become ready (last status ${status}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
