// How email leaves the process. With SMTP_URL: nodemailer's pooled SMTP transport, created
// once per process and reused, so a burst of reminders does not open a connection each.
// Without it: the development outbox, where each message is written as an .eml file under
// <DATA_DIR>/outbox/ and can be read on /dev/outbox.
import "server-only";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { getEnv, type Env } from "@/lib/config/env";
import type { EmailMessage } from "./email-message";
import { createOutboxMessageId, outboxDirectory } from "./outbox-files";

export type EmailTransportEnv = Pick<Env, "SMTP_URL" | "DATA_DIR" | "EMAIL_FROM">;

export interface EmailTransport {
  readonly kind: "smtp" | "outbox";
  /** Sends a message that has already been validated (see parseEmailMessage). */
  send(message: EmailMessage): Promise<{ messageId: string }>;
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

const CONNECT_TIMEOUT_MS = 30_000;

/**
 * Opens each pooled SMTP connection with Nagle's algorithm off. nodemailer writes a message as
 * several small chunks; with Nagle on, a chunk waits for the server's delayed ACK (about 40 ms
 * on Linux), which capped a pool of 5 connections at ~110 messages/s even on loopback. With
 * TCP_NODELAY the same pool sends ~1,650/s (bench/reminders.ts). TLS (smtps:// or STARTTLS) is
 * still negotiated by nodemailer on top of this socket.
 */
function connectWithoutNagle(options: SMTPPool.Options, callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? (options.secure ? 465 : 587), noDelay: true });
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    socket.setTimeout(0);
    if (error) {
      socket.destroy();
      callback(error);
    } else {
      callback(null, { connection: socket });
    }
  };
  socket.setTimeout(CONNECT_TIMEOUT_MS, () => settle(new Error(`SMTP connection to ${options.host}:${options.port} timed out`)));
  socket.once("connect", () => settle(null));
  socket.once("error", settle);
}

function createSmtpTransport(smtpUrl: string, from: string): EmailTransport {
  // nodemailer reads its options from the URL's query; pool=true selects the pooled transport.
  const transporter = nodemailer.createTransport({ ...parseConnectionUrl(smtpUrl), pool: true, getSocket: connectWithoutNagle } satisfies SMTPPool.Options);
  return {
    kind: "smtp",
    async send(message) {
      const info = await transporter.sendMail(toMailOptions(message, from));
      return { messageId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}

function createOutboxTransport(dataDir: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const directory = outboxDirectory(dataDir);
  return {
    kind: "outbox",
    async send(message) {
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
  return env.SMTP_URL
    ? createSmtpTransport(env.SMTP_URL, env.EMAIL_FROM)
    : createOutboxTransport(env.DATA_DIR, env.EMAIL_FROM);
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
