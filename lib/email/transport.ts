// How email leaves the process. With SMTP_URL: a pool of SMTP connections (./smtp-pool.ts),
// created once per process and reused, so a burst of reminders does not open a connection each.
// Without it: the development outbox, where each message is written as an .eml file under
// <DATA_DIR>/outbox/ and can be read on /dev/outbox.
import "server-only";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { getEnv, type Env } from "@/lib/config/env";
import type { EmailMessage } from "./email-message";
import { createOutboxMessageId, outboxDirectory } from "./outbox-files";
import { BEFORE_COMMIT, createSmtpPool, type SmtpPoolOptions } from "./smtp-pool";

export type SendOptions = {
  /**
   * Awaited at the last moment before the message is committed (SMTP: before the end of DATA is
   * written, so the server cannot have accepted it yet; the outbox: before its file appears).
   * The sending loop holds messages here to bound what a killed process can send twice.
   */
  beforeCommit?: () => Promise<void>;
};

export type EmailTransportEnv = Pick<Env, "SMTP_URL" | "DATA_DIR" | "EMAIL_FROM">;

export interface EmailTransport {
  readonly kind: "smtp" | "outbox";
  /** Sends a message that has already been validated (see parseEmailMessage). */
  send(message: EmailMessage, options?: SendOptions): Promise<{ messageId: string }>;
  /** Closes pooled connections; a script calls this so its process can exit. */
  close(): void;
}

function toMailOptions(message: EmailMessage, from: string): Mail.Options {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    attachments: message.attachments?.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
    // Content is always passed inline: a message must never make the mailer read a local
    // file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** Carries the commit hook to the pool (./smtp-pool.ts), which finds it in the mail's data. */
function withBeforeCommit(options: Mail.Options, beforeCommit: SendOptions["beforeCommit"]): Mail.Options {
  return beforeCommit ? Object.assign(options, { [BEFORE_COMMIT]: beforeCommit }) : options;
}

/** Connections in the SMTP pool, and so messages in flight at once per process. */
export const SMTP_POOL_SIZE = 5;

/**
 * Bounds on every step of a send, so no fault (a refused or black-holed connection, a server
 * that never greets, one that stalls mid-DATA) can hold a send, and the pass waiting on it, for
 * long. Any of them can be set in SMTP_URL's query, e.g. `?greetingTimeout=5000`.
 */
const SMTP_DEFAULTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  sendTimeout: 60_000,
  cooldown: 5_000,
  maxMessages: 100,
};

/** SMTP_URL → pool options (nodemailer's own URL syntax, so operators' URLs keep working). */
export function smtpPoolOptions(smtpUrl: string): SmtpPoolOptions {
  const parsed = parseConnectionUrl(smtpUrl) as Record<string, unknown> & { host?: string; port?: number; secure?: boolean; auth?: { user: string; pass: string } };
  const number = (key: keyof typeof SMTP_DEFAULTS) => (typeof parsed[key] === "number" ? (parsed[key] as number) : SMTP_DEFAULTS[key]);
  const secure = parsed.secure === true;
  return {
    host: parsed.host ?? "localhost",
    port: parsed.port ?? (secure ? 465 : 587),
    secure,
    ignoreTLS: parsed.ignoreTLS === true,
    requireTLS: parsed.requireTLS === true,
    tls: parsed.tls as SmtpPoolOptions["tls"],
    auth: parsed.auth?.user ? parsed.auth : undefined,
    name: typeof parsed.name === "string" ? parsed.name : undefined,
    maxConnections: SMTP_POOL_SIZE,
    maxMessages: number("maxMessages"),
    connectionTimeout: number("connectionTimeout"),
    greetingTimeout: number("greetingTimeout"),
    socketTimeout: number("socketTimeout"),
    sendTimeout: number("sendTimeout"),
    cooldown: number("cooldown"),
  };
}

function createSmtpTransport(smtpUrl: string, from: string): EmailTransport {
  const pool = createSmtpPool(smtpPoolOptions(smtpUrl));
  const transporter = nodemailer.createTransport(pool);
  return {
    kind: "smtp",
    async send(message, options) {
      const info = await transporter.sendMail(withBeforeCommit(toMailOptions(message, from), options?.beforeCommit));
      return { messageId: info.messageId };
    },
    close() {
      pool.close();
    },
  };
}

function createOutboxTransport(dataDir: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const directory = outboxDirectory(dataDir);
  return {
    kind: "outbox",
    async send(message, sendOptions) {
      // nodemailer 8's composer takes `newline` from the message, not the stream transport's
      // options (and its types omit it): unix newlines keep the .eml readable in any editor.
      const options: Mail.Options & { newline: "unix" } = { ...toMailOptions(message, from), newline: "unix" };
      const info = await transporter.sendMail(options);
      if (!Buffer.isBuffer(info.message)) throw new Error("The outbox transport did not return a buffered message");
      const id = createOutboxMessageId();
      const finalPath = path.join(directory, `${id}.eml`);
      // Written under a name the outbox ignores, then renamed, so a reader never sees half a file.
      const temporaryPath = path.join(directory, `.${id}.eml.tmp`);
      await mkdir(directory, { recursive: true });
      try {
        await sendOptions?.beforeCommit?.();
        await writeFile(temporaryPath, info.message, { flag: "wx" });
        await rename(temporaryPath, finalPath);
      } catch (error) {
        await rm(temporaryPath, { force: true });
        throw error;
      }
      console.info(`[email] saved to the outbox: /dev/outbox/${id}`);
      return { messageId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}

/** A transport for the given configuration; tests use this to point at their own server or folder. */
export function createEmailTransport(env: EmailTransportEnv): EmailTransport {
  return env.SMTP_URL ? createSmtpTransport(env.SMTP_URL, env.EMAIL_FROM) : createOutboxTransport(env.DATA_DIR, env.EMAIL_FROM);
}

// On globalThis so dev-server reloads keep one SMTP pool instead of leaking one per reload.
const globalForEmail = globalThis as unknown as { stepwiseEmailTransport?: EmailTransport };

/** The process-wide transport, created from the environment on first use. */
export function getEmailTransport(): EmailTransport {
  globalForEmail.stepwiseEmailTransport ??= createEmailTransport(getEnv());
  return globalForEmail.stepwiseEmailTransport;
}

/** Closes the process-wide transport; the next send creates a new one. */
export function closeEmailTransport(): void {
  globalForEmail.stepwiseEmailTransport?.close();
  globalForEmail.stepwiseEmailTransport = undefined;
}
