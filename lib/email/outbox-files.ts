// Where the development outbox keeps messages and how they are named. A message id is the
// file name without ".eml": a UTC timestamp (so names sort by time) and 8 random hex digits,
// e.g. 20261120T223000123Z-1a2b3c4d. Only names of exactly this shape are ever read, which
// is what keeps a URL parameter from reaching any other file.
import { randomBytes } from "node:crypto";
import path from "node:path";

const OUTBOX_ID_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[0-9a-f]{8}$/;

export function outboxDirectory(dataDir: string): string {
  return path.resolve(dataDir, "outbox");
}

export function createOutboxMessageId(now: Date = new Date()): string {
  const timestamp = now.toISOString().replace(/[-:.]/g, "");
  return `${timestamp}-${randomBytes(4).toString("hex")}`;
}

export function isOutboxMessageId(value: string): boolean {
  return OUTBOX_ID_PATTERN.test(value);
}

/** The file holding a message, or undefined when the id is not one the outbox generates. */
export function outboxFilePath(dataDir: string, id: string): string | undefined {
  if (!isOutboxMessageId(id)) return undefined;
  return path.join(outboxDirectory(dataDir), `${id}.eml`);
}

/** The id of an outbox file name ("<id>.eml"), or undefined for any other file. */
export function outboxIdFromFileName(fileName: string): string | undefined {
  if (!fileName.endsWith(".eml")) return undefined;
  const id = fileName.slice(0, -".eml".length);
  return isOutboxMessageId(id) ? id : undefined;
}

/** When the message was written, read back from its id. */
export function outboxMessageDate(id: string): Date {
  const match = OUTBOX_ID_PATTERN.exec(id);
  if (!match) throw new RangeError("Not an outbox message id");
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = match.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
}
