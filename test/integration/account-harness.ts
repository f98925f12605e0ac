// Per-file setup for tests of account flows: a fresh database, a real SMTP server that
// receives everything the product sends, and APP_URL fixed so links are predictable.
import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/config/env";
import { closeEmailTransport } from "@/lib/email";
import { setupTestDatabase, type TestDatabase } from "./database";
import { startMailCapture, type MailCapture } from "./mail-capture";

export const TEST_APP_URL = "http://stepwise.test";

export function setupAccountHarness(): { db: TestDatabase; mail: () => MailCapture } {
  const db = setupTestDatabase();
  const state: { capture?: MailCapture } = {};
  beforeAll(async () => {
    state.capture = await startMailCapture();
    Object.assign(process.env, { SMTP_URL: state.capture.url, APP_URL: TEST_APP_URL });
    resetEnvCache();
    closeEmailTransport();
  });
  afterAll(async () => {
    closeEmailTransport();
    await state.capture?.close();
  });
  return {
    db,
    mail: () => {
      if (!state.capture) throw new Error("mail capture starts in beforeAll");
      return state.capture;
    },
  };
}

let counter = 0;
export function uniqueEmail(label = "person"): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** A distinct client address per call, so per-IP limits of one test never affect another. */
export function uniqueIp(): { ip: string } {
  counter += 1;
  return { ip: `198.51.100.${counter % 250}-${Math.random().toString(36).slice(2, 8)}` };
}
