// The development outbox: when it may be shown, and reading back the messages the outbox
// transport saved. mailparser is loaded only when the outbox is read, so sending email
// never depends on it.
import "server-only";
import { open, readdir, readFile } from "node:fs/promises";
import type { AddressObject, ParsedMail } from "mailparser";
import { getEnv, type Env } from "@/lib/config/env";
import { outboxDirectory, outboxFilePath, outboxIdFromFileName, outboxMessageDate } from "./outbox-files";

export { isOutboxMessageId } from "./outbox-files";

export type OutboxEnv = Pick<Env, "SMTP_URL" | "NODE_ENV" | "DATABASE_URL">;

/**
 * The outbox exists only while email is not really sent (no SMTP_URL), and a production
 * deployment on a real database never serves it: its mail would be real users' sign-in links.
 */
export function isOutboxEnabled(env: OutboxEnv = getEnv()): boolean {
  return !env.SMTP_URL && (env.NODE_ENV !== "production" || !env.DATABASE_URL);
}

export interface OutboxMessageSummary {
  id: string;
  /** When the message was saved. */
  date: Date;
  from: string;
  to: string;
  subject: string;
}

export interface OutboxMessage extends OutboxMessageSummary {
  /** Header fields as written, in order, with folded lines joined. */
  headers: { name: string; value: string }[];
  text: string;
  html: string | null;
  /** The http(s) links in the text part, in order, without duplicates. */
  links: string[];
  attachments: { filename: string; contentType: string; size: number }[];
}

interface OutboxLocation {
  /** Defaults to DATA_DIR from the environment. */
  dataDir?: string;
}

export const OUTBOX_DEFAULT_LIMIT = 100;
const OUTBOX_MAX_LIMIT = 1000;
// The list needs headers only; a message with large attachments is not read whole.
const HEADER_READ_LIMIT = 64 * 1024;

/** The latest messages, newest first. */
export async function listOutboxMessages(options: OutboxLocation & { limit?: number } = {}): Promise<OutboxMessageSummary[]> {
  return (await listOutboxPage(options)).messages;
}

/**
 * A page of messages, newest first: those older than `before` (a message id; ids sort by time and
 * are unique), at most `limit` (bounded by OUTBOX_MAX_LIMIT), and the id to pass as `before` for
 * the next page (null on the last). Only the page's messages are opened.
 */
export async function listOutboxPage({ limit = OUTBOX_DEFAULT_LIMIT, before, dataDir = getEnv().DATA_DIR }: OutboxLocation & { limit?: number; before?: string } = {}): Promise<{ messages: OutboxMessageSummary[]; olderBefore: string | null }> {
  const bounded = Math.max(0, Math.min(Math.floor(limit), OUTBOX_MAX_LIMIT));
  let fileNames: string[];
  try {
    fileNames = await readdir(outboxDirectory(dataDir));
  } catch (error) {
    if (isFileNotFound(error)) return { messages: [], olderBefore: null };
    throw error;
  }
  // Ids start with a UTC timestamp, so sorting the names sorts by time.
  const older = fileNames
    .map(outboxIdFromFileName)
    .filter((id): id is string => id !== undefined && (before === undefined || id < before))
    .sort()
    .reverse();
  const ids = older.slice(0, bounded);
  const summaries = await Promise.all(ids.map((id) => readSummary(dataDir, id)));
  return {
    messages: summaries.filter((summary): summary is OutboxMessageSummary => summary !== null),
    olderBefore: older.length > bounded && ids.length > 0 ? (ids[ids.length - 1] ?? null) : null,
  };
}

/** One message, or null when the id is malformed or no such message exists. */
export async function readOutboxMessage(id: string, { dataDir = getEnv().DATA_DIR }: OutboxLocation = {}): Promise<OutboxMessage | null> {
  const source = await readMessageFile(dataDir, id, (filePath) => readFile(filePath));
  if (!source) return null;
  const parsed = await parseMail(source);
  const text = parsed.text ?? "";
  return {
    ...summarize(id, parsed),
    headers: parsed.headerLines.map(({ line }) => splitHeaderLine(line)),
    text,
    html: parsed.html === false ? null : parsed.html,
    links: linksIn(text),
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? "(unnamed)",
      contentType: attachment.contentType,
      size: attachment.size,
    })),
  };
}

async function readSummary(dataDir: string, id: string): Promise<OutboxMessageSummary | null> {
  const headerBlock = await readMessageFile(dataDir, id, readHeaderBlock);
  return headerBlock ? summarize(id, await parseMail(headerBlock)) : null;
}

/** A message's file read with `read`, or null for a malformed id or a missing file (deleted between listing and reading). */
async function readMessageFile(dataDir: string, id: string, read: (filePath: string) => Promise<Buffer>): Promise<Buffer | null> {
  const filePath = outboxFilePath(dataDir, id);
  if (!filePath) return null;
  try {
    return await read(filePath);
  } catch (error) {
    if (isFileNotFound(error)) return null;
    throw error;
  }
}

async function readHeaderBlock(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(HEADER_READ_LIMIT);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_READ_LIMIT, 0);
    const chunk = buffer.subarray(0, bytesRead);
    const unixEnd = chunk.indexOf("\n\n");
    if (unixEnd >= 0) return chunk.subarray(0, unixEnd + 2);
    const windowsEnd = chunk.indexOf("\r\n\r\n");
    if (windowsEnd >= 0) return chunk.subarray(0, windowsEnd + 4);
    return chunk;
  } finally {
    await handle.close();
  }
}

async function parseMail(source: Buffer): Promise<ParsedMail> {
  const { simpleParser } = await import("mailparser");
  return simpleParser(source);
}

function summarize(id: string, parsed: ParsedMail): OutboxMessageSummary {
  return {
    id,
    date: outboxMessageDate(id),
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    subject: parsed.subject ?? "",
  };
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(", ");
}

function splitHeaderLine(line: string): { name: string; value: string } {
  const colon = line.indexOf(":");
  if (colon < 0) return { name: line.trim(), value: "" };
  return {
    name: line.slice(0, colon).trim(),
    value: line
      .slice(colon + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim(),
  };
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

function linksIn(text: string): string[] {
  const links = new Set<string>();
  for (const match of text.match(URL_PATTERN) ?? []) {
    // "Visit https://example.com." ends the sentence, not the URL.
    const candidate = match.replace(/[.,;:!?)\]}]+$/, "");
    if (URL.canParse(candidate)) links.add(candidate);
  }
  return [...links];
}

function isFileNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
