import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshSecretModule(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./secret");
}

describe("getAuthSecret", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("prefers AUTH_SECRET", async () => {
    const { getAuthSecret } = await freshSecretModule({ AUTH_SECRET: "s".repeat(40), DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "secret-")) });
    expect(getAuthSecret()).toBe("s".repeat(40));
  });

  it("generates a secret once, private to the owner, and reuses it after a restart", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const first = (await freshSecretModule({ AUTH_SECRET: "", DATA_DIR: dataDir })).getAuthSecret();
    const second = (await freshSecretModule({ AUTH_SECRET: "", DATA_DIR: dataDir })).getAuthSecret();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).toBe(first);
    const file = path.join(dataDir, "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
