// A small pool of SMTP connections, plugged into nodemailer as a custom transport (nodemailer
// composes the message; nodemailer's own SMTPConnection speaks SMTP, STARTTLS and AUTH).
//
// Why not nodemailer's `pool: true`: its pool keeps Nagle's algorithm on, which costs a delayed
// ACK (~40 ms) per message and capped 5 connections at ~110 messages/s on loopback, and the only
// way to turn it off, a `getSocket` factory, leaks the pool slot whenever connecting fails: after
// five refused connections every later send waited forever. Here every failure, whatever its
// kind, destroys that connection and frees its slot, so an outage can delay mail but never wedge
// it. See docs/decisions/0008-own-smtp-pool-and-one-sending-loop.md.
import "server-only";
import net from "node:net";
import { Readable } from "node:stream";
import type { Transport } from "nodemailer";
import type MailMessage from "nodemailer/lib/mailer/mail-message";
import SMTPConnection from "nodemailer/lib/smtp-connection";

export type SmtpPoolOptions = {
  host: string;
  port: number;
  /** Implicit TLS (smtps://, port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  ignoreTLS?: boolean;
  requireTLS?: boolean;
  tls?: SMTPConnection.Options["tls"];
  auth?: { user: string; pass: string };
  /** Client host name sent in EHLO. */
  name?: string;
  maxConnections: number;
  /** A connection is replaced after this many messages. */
  maxMessages: number;
  /** TCP connect (and implicit TLS) must finish within this. */
  connectionTimeout: number;
  /** The server's 220 greeting must arrive within this after connecting. */
  greetingTimeout: number;
  /** Inactivity on an open connection (a server that stalls mid-DATA, or an idle connection). */
  socketTimeout: number;
  /** A hard limit on one message from taking a connection to the server's answer. */
  sendTimeout: number;
  /** After a connection fails, new connections fail at once for this long (the server is down). */
  cooldown: number;
};

type Slot = { connection: SMTPConnection; messages: number; alive: boolean; abort?: (error: Error) => void };
type Waiter = { resolve: (slot: Slot) => void; reject: (error: Error) => void };

export class SmtpUnavailableError extends Error {
  readonly code = "ECONNECTION";
  constructor(message: string) {
    super(message);
    this.name = "SmtpUnavailableError";
  }
}

/** The key under which a mail's data carries its commit hook (see SendOptions in ./transport.ts). */
export const BEFORE_COMMIT = "stepwiseBeforeCommit";

/**
 * The whole message as one chunk (one write through SMTPConnection's dot-escaping and onto the
 * socket, instead of one per header and line), and its end, after which SMTPConnection writes
 * the terminating "." that lets the server accept it, only once `beforeCommit` has resolved.
 */
function heldUntilCommit(message: MailMessage["message"], beforeCommit: () => Promise<void>): Readable {
  return Readable.from(
    (async function* () {
      yield await message.build();
      await beforeCommit();
    })(),
    { objectMode: false },
  );
}

export type SmtpPool = Transport<SMTPConnection.SentMessageInfo> & { close(): void; readonly size: number };

export function createSmtpPool(options: SmtpPoolOptions): SmtpPool {
  const idle: Slot[] = [];
  /** Every open connection, idle or busy, so close() can end them all. */
  const slots = new Set<Slot>();
  const waiters: Waiter[] = [];
  let open = 0;
  let closed = false;
  let coolingUntil = 0;
  let lastFailure = "";

  function connect(): Promise<Slot> {
    if (Date.now() < coolingUntil) {
      return Promise.reject(new SmtpUnavailableError(`SMTP server unavailable (last failure: ${lastFailure}); not retrying for a few seconds`));
    }
    return new Promise<Slot>((resolve, reject) => {
      let settled = false;
      const socket = net.connect({ host: options.host, port: options.port, noDelay: true });
      const connection = new SMTPConnection({
        host: options.host,
        port: options.port,
        secure: options.secure,
        ignoreTLS: options.ignoreTLS,
        requireTLS: options.requireTLS,
        tls: options.tls,
        name: options.name,
        greetingTimeout: options.greetingTimeout,
        socketTimeout: options.socketTimeout,
        connection: socket,
      });
      const slot: Slot = { connection, messages: 0, alive: true };
      slots.add(slot);
      const fail = (error: Error) => {
        slot.alive = false;
        slots.delete(slot);
        socket.destroy();
        if (settled) return;
        settled = true;
        clearTimeout(connectTimer);
        lastFailure = error.message;
        coolingUntil = Date.now() + options.cooldown;
        reject(error);
      };
      // A server that never completes the TCP handshake (a black-holed address).
      const connectTimer = setTimeout(() => fail(Object.assign(new Error(`SMTP connection to ${options.host}:${options.port} timed out`), { code: "ETIMEDOUT" })), options.connectionTimeout);
      socket.once("error", fail);
      connection.on("error", fail);
      connection.once("end", () => {
        slot.alive = false;
        fail(new Error("SMTP connection closed"));
      });
      socket.once("connect", () => {
        socket.removeListener("error", fail);
        clearTimeout(connectTimer);
        connection.connect(() => {
          // allowsAuth: the server advertised AUTH (untyped in @types/nodemailer).
          if (!options.auth || !(connection as SMTPConnection & { allowsAuth?: boolean }).allowsAuth) return settleOk();
          connection.login(options.auth, (error) => (error ? fail(error) : settleOk()));
        });
      });
      const settleOk = () => {
        if (settled) return;
        settled = true;
        resolve(slot);
      };
    });
  }

  async function acquire(): Promise<Slot> {
    if (closed) throw new SmtpUnavailableError("The SMTP transport is closed");
    for (;;) {
      const slot = idle.pop();
      if (!slot) break;
      if (slot.alive) return slot;
      open -= 1;
    }
    if (open < options.maxConnections) {
      open += 1;
      try {
        return await connect();
      } catch (error) {
        open -= 1;
        handOnSlotCapacity();
        throw error;
      }
    }
    return new Promise<Slot>((resolve, reject) => waiters.push({ resolve, reject }));
  }

  /** A connection slot became free without a live connection: let the first waiter open one. */
  function handOnSlotCapacity(): void {
    const waiter = waiters.shift();
    if (!waiter) return;
    open += 1;
    connect().then(waiter.resolve, (error: Error) => {
      open -= 1;
      waiter.reject(error);
      handOnSlotCapacity();
    });
  }

  function release(slot: Slot): void {
    if (closed || !slot.alive || slot.messages >= options.maxMessages) {
      if (slot.alive) slot.connection.quit();
      slot.alive = false;
      slots.delete(slot);
      open -= 1;
      handOnSlotCapacity();
      return;
    }
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(slot);
    else idle.push(slot);
  }

  function deliver(slot: Slot, mail: MailMessage): Promise<SMTPConnection.SentMessageInfo> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const onEnd = () => finish(new Error("SMTP connection closed while sending"));
      const finish = (error: Error | null, info?: SMTPConnection.SentMessageInfo) => {
        if (settled) return;
        settled = true;
        slot.abort = undefined;
        clearTimeout(timer);
        slot.connection.removeListener("error", finish);
        slot.connection.removeListener("end", onEnd);
        if (error) {
          slot.alive = false;
          slot.connection.close();
          reject(error);
        } else resolve(info as SMTPConnection.SentMessageInfo);
      };
      const timer = setTimeout(() => finish(Object.assign(new Error("SMTP send timed out"), { code: "ETIMEDOUT" })), options.sendTimeout);
      // The connection's own error (socket timeout, reset) ends the send as well.
      slot.connection.once("error", finish);
      slot.connection.once("end", onEnd);
      slot.abort = finish;
      slot.messages += 1;
      const envelope = mail.message.getEnvelope() as SMTPConnection.Envelope;
      const beforeCommit = (mail.data as { [BEFORE_COMMIT]?: () => Promise<void> })[BEFORE_COMMIT];
      slot.connection.send(envelope, beforeCommit ? heldUntilCommit(mail.message, beforeCommit) : mail.message.createReadStream(), (error, info) => finish(error, info));
    });
  }

  return {
    name: "stepwise-smtp-pool",
    version: "1",
    get size() {
      return options.maxConnections;
    },
    send(mail, callback) {
      acquire().then(
        (slot) =>
          deliver(slot, mail).then(
            (info) => {
              release(slot);
              callback(null, Object.assign(info, { messageId: mail.message.messageId() }));
            },
            (error: Error) => {
              release(slot);
              callback(error, undefined as unknown as SMTPConnection.SentMessageInfo);
            },
          ),
        (error: Error) => callback(error, undefined as unknown as SMTPConnection.SentMessageInfo),
      );
    },
    /** Ends every connection: idle ones say QUIT, sends in flight fail now (and are retried later). */
    close() {
      closed = true;
      for (const waiter of waiters.splice(0)) waiter.reject(new SmtpUnavailableError("The SMTP transport is closed"));
      idle.length = 0;
      for (const slot of slots) {
        if (slot.abort) slot.abort(new SmtpUnavailableError("The SMTP transport was closed while sending"));
        else slot.connection.quit();
        slot.alive = false;
      }
      slots.clear();
      open = 0;
    },
  };
}
