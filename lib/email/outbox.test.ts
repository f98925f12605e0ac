import { describe, expect, it } from "vitest";
import { isOutboxEnabled, type OutboxEnv } from "./outbox";

const smtp = "smtp://mail.example.com:587";
const database = "postgres://app@db.example.com/stepwise";

describe("isOutboxEnabled", () => {
  it.each<[OutboxEnv["NODE_ENV"], string | undefined, string | undefined, boolean]>([
    // NODE_ENV, SMTP_URL, DATABASE_URL, enabled
    ["development", undefined, undefined, true],
    ["development", undefined, database, true],
    ["development", smtp, undefined, false],
    ["development", smtp, database, false],
    ["test", undefined, undefined, true],
    ["test", undefined, database, true],
    ["test", smtp, undefined, false],
    ["test", smtp, database, false],
    // `npm start` with no configuration: production build, embedded database, no SMTP.
    ["production", undefined, undefined, true],
    // A real deployment: never, whatever else is set.
    ["production", undefined, database, false],
    ["production", smtp, undefined, false],
    ["production", smtp, database, false],
  ])("NODE_ENV=%s SMTP_URL=%s DATABASE_URL=%s → %s", (NODE_ENV, SMTP_URL, DATABASE_URL, expected) => {
    expect(isOutboxEnabled({ NODE_ENV, SMTP_URL, DATABASE_URL })).toBe(expected);
  });
});
