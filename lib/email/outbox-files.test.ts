import path from "node:path";
import { describe, expect, it } from "vitest";
import { createOutboxMessageId, isOutboxMessageId, outboxFilePath, outboxIdFromFileName, outboxMessageDate } from "./outbox-files";

describe("outbox message ids", () => {
  it("are a sortable UTC timestamp and 8 random hex digits", () => {
    const id = createOutboxMessageId(new Date("2026-11-20T22:30:00.123Z"));
    expect(id).toMatch(/^20261120T223000123Z-[0-9a-f]{8}$/);
    expect(isOutboxMessageId(id)).toBe(true);
    expect(outboxMessageDate(id).toISOString()).toBe("2026-11-20T22:30:00.123Z");
  });

  it("sort by time as plain strings", () => {
    const earlier = createOutboxMessageId(new Date("2026-01-02T03:04:05.006Z"));
    const later = createOutboxMessageId(new Date("2026-11-20T00:00:00.000Z"));
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it.each(["", "../../etc/passwd", "20261120T223000123Z-1a2b3c4d/../../x", "20261120T223000123Z-1a2b3c4d.eml", "20261120T223000123Z-1A2B3C4D", "20261120T223000123Z-1a2b3c4", "..%2F20261120T223000123Z-1a2b3c4d", " 20261120T223000123Z-1a2b3c4d", "20261120T223000123Z-1a2b3c4d\n"])("rejects anything else: %j", (id) => {
    expect(isOutboxMessageId(id)).toBe(false);
    expect(outboxFilePath("/data", id)).toBeUndefined();
  });

  it("map only to files inside <DATA_DIR>/outbox", () => {
    const id = "20261120T223000123Z-1a2b3c4d";
    expect(outboxFilePath("/data", id)).toBe(path.join("/data", "outbox", `${id}.eml`));
    expect(outboxIdFromFileName(`${id}.eml`)).toBe(id);
    expect(outboxIdFromFileName(`.${id}.eml.tmp`)).toBeUndefined();
    expect(outboxIdFromFileName("notes.txt")).toBeUndefined();
  });
});
