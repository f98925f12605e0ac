// The key that signs session cookies. AUTH_SECRET wins; without it (local and embedded
// runs) a random secret is generated once and kept in DATA_DIR so sessions survive restarts.
// Production with a shared database refuses to start without AUTH_SECRET (lib/config/env.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/config/env";

let cached: string | undefined;

export function getAuthSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another process won the race; use its secret.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
