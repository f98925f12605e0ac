// The one sending loop of a process. Every pass (cron calls, the timer, immediate deliveries, the
// CLI) hands its rendered messages here instead of running senders of its own, so however many
// passes run at once, a process has at most SMTP_POOL_SIZE messages in flight.
//
// The duplicate bound. A message the SMTP server may have accepted but the ledger does not yet
// call SENT holds one of SMTP_POOL_SIZE commit places, taken just before the end of its DATA is
// written (see SendOptions.beforeCommit) and given back once its row is marked SENT (marks of
// all senders are written together, one UPDATE per group). So when a process is killed, at most
// SMTP_POOL_SIZE (5) messages may have reached the server unrecorded, and are sent again once
// their lease ends, however slow the database was. The connection itself is free as soon as the
// server answers: it sends the next message's envelope and body while the mark is written, and
// only that message's final "." waits for a place. SMTP cannot make the bound zero: the server's
// "250 accepted" and our UPDATE are two systems, and a crash between them is always possible.
import "server-only";
import type { DbClient } from "@/lib/db";
import { sendEmail, type EmailMessage } from "@/lib/email";
import { SMTP_POOL_SIZE } from "@/lib/email/transport";
import { LEASE_SECONDS, markFailedAttempt, markSentMany, releaseClaims, type ClaimedDelivery } from "./ledger";

export type SendOutcome = "sent" | "failed" | "retrying" | "released";

export type SendJob = {
  delivery: ClaimedDelivery;
  message: EmailMessage;
  /** The pass's clock (tests control it): recorded as sentAt and used for the retry time. */
  now: Date;
  /** Real time by which sending must start: after it, the lease may run out and another pass own the row. */
  startBy: number;
  /** Answers to something a person just did (sign-in links, invitations): ahead of reminders. */
  urgent?: boolean;
};

type Entry = { db: DbClient; job: SendJob; settle: (outcome: SendOutcome) => void };

/** A claimed row must start sending within half its lease; the other half covers the send itself. */
export function sendDeadline(claimedAt = Date.now()): number {
  return claimedAt + (LEASE_SECONDS * 1000) / 2;
}

/** `sending`: messages on a connection; `active`: those plus sent ones waiting for their mark. */
type Loop = { queue: Entry[]; sending: number; active: number; stopping: boolean; idle: (() => void)[]; marks: MarkGroup; commits: CommitPlaces };
type CommitPlaces = { free: number; waiting: (() => void)[] };
type MarkGroup = { waiting: { db: DbClient; id: string; now: Date; done: () => void }[]; flushing: boolean };

// On globalThis so that a dev-server reload keeps one loop per process.
const state = globalThis as unknown as { stepwiseSender?: Loop };

function sender(): Loop {
  state.stepwiseSender ??= { queue: [], sending: 0, active: 0, stopping: false, idle: [], marks: { waiting: [], flushing: false }, commits: { free: SMTP_POOL_SIZE, waiting: [] } };
  return state.stepwiseSender;
}

/**
 * Queues jobs for the process's senders. Resolves with each job's outcome, in order. `withdraw`
 * takes back the jobs no sender has started (the pass ran out of time) and releases their claim.
 */
export function submitForSending(db: DbClient, jobs: SendJob[]): { outcomes: Promise<SendOutcome[]>; withdraw: () => Promise<number> } {
  const loop = sender();
  const entries: Entry[] = [];
  const outcomes = Promise.all(
    jobs.map(
      (job) =>
        new Promise<SendOutcome>((settle) => {
          const entry = { db, job, settle };
          entries.push(entry);
          if (job.urgent) loop.queue.unshift(entry);
          else loop.queue.push(entry);
        }),
    ),
  );
  if (loop.stopping) void releaseQueued(loop);
  else pump();
  const withdraw = async () => {
    const mine = new Set(entries);
    const taken = loop.queue.filter((entry) => mine.has(entry));
    if (taken.length === 0) return 0;
    loop.queue = loop.queue.filter((entry) => !mine.has(entry));
    await releaseClaims(
      db,
      taken.map((entry) => entry.job.delivery.id),
    );
    for (const entry of taken) entry.settle("released");
    return taken.length;
  };
  return { outcomes, withdraw };
}

/** Messages waiting for a sender in this process (not counting those being sent). */
export function queuedForSending(): number {
  return sender().queue.length;
}

function pump(): void {
  const loop = sender();
  while (loop.sending < SMTP_POOL_SIZE && loop.queue.length > 0) {
    const entry = loop.queue.shift() as Entry;
    loop.sending += 1;
    loop.active += 1;
    let connectionFree = false;
    const freeConnection = () => {
      if (connectionFree) return;
      connectionFree = true;
      loop.sending -= 1;
      pump();
    };
    void sendOne(entry, freeConnection).finally(() => {
      freeConnection();
      loop.active -= 1;
      if (loop.active === 0) for (const wake of loop.idle.splice(0)) wake();
    });
  }
}

function takeCommitPlace(places: CommitPlaces): Promise<void> {
  if (places.free > 0) {
    places.free -= 1;
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => places.waiting.push(resolve));
}

function giveBackCommitPlace(places: CommitPlaces): void {
  const next = places.waiting.shift();
  if (next) next();
  else places.free += 1;
}

/** Gives every queued (unstarted) job's row back to the ledger. */
async function releaseQueued(loop: Loop): Promise<void> {
  const taken = loop.queue.splice(0);
  const byDb = new Map<DbClient, Entry[]>();
  for (const entry of taken) byDb.set(entry.db, [...(byDb.get(entry.db) ?? []), entry]);
  for (const [db, entries] of byDb) {
    await releaseClaims(
      db,
      entries.map((entry) => entry.job.delivery.id),
    ).catch((error: unknown) => console.error("[email] could not release queued rows; their lease will end", { error }));
    for (const entry of entries) entry.settle("released");
  }
}

/** True once nothing is queued or in flight; false if `ms` passes first. */
function untilIdle(loop: Loop, ms: number): Promise<boolean> {
  if (loop.active === 0 && loop.queue.length === 0) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const wake = () => {
      if (loop.queue.length > 0) return void loop.idle.push(wake);
      clearTimeout(timer);
      resolve(true);
    };
    loop.idle.push(wake);
  });
}

/**
 * Graceful shutdown: accept no new jobs (their rows go back to the ledger), keep sending what is
 * queued for up to `graceMs`, then release what is left and end the sends in flight (closing the
 * transport fails them now; they are recorded and retried). Resolves once nothing is in flight.
 */
export async function stopSending(graceMs: number, abortInFlight: () => void): Promise<void> {
  const loop = sender();
  loop.stopping = true;
  if (await untilIdle(loop, graceMs)) return;
  await releaseQueued(loop);
  abortInFlight();
  await untilIdle(loop, 5_000);
}

/**
 * Sends one job and records its outcome. `freeConnection` is called once the server has answered
 * (the next message may use the connection); the commit place is held until the row is marked.
 */
async function sendOne({ db, job, settle }: Entry, freeConnection: () => void): Promise<void> {
  const commits = sender().commits;
  let holdsPlace = false;
  let ended = false;
  const beforeCommit = async () => {
    await takeCommitPlace(commits);
    // The send failed (a timeout, the transport closed) while this waited: nothing to commit.
    if (ended) giveBackCommitPlace(commits);
    else holdsPlace = true;
  };
  try {
    if (Date.now() > job.startBy) {
      // Too late to start safely: the lease may end mid-send and another pass send it too.
      await releaseClaims(db, [job.delivery.id]);
      return settle("released");
    }
    try {
      await sendEmail(job.message, { beforeCommit });
    } catch (error) {
      freeConnection();
      const outcome = await markFailedAttempt(db, job.delivery, error, job.now, "sending");
      if (outcome === "failed") console.error("[email] giving up", { id: job.delivery.id, kind: job.delivery.kind, error: (error as Error).message });
      return settle(outcome === "failed" ? "failed" : "retrying");
    }
    freeConnection();
    await markSentGrouped(db, job.delivery.id, job.now);
    settle("sent");
  } catch (error) {
    // The ledger could not be written (the database is away): the row keeps its lease and is
    // claimed again when it ends.
    console.error("[email] could not record a delivery", { id: job.delivery.id, kind: job.delivery.kind, error });
    settle("retrying");
  } finally {
    ended = true;
    if (holdsPlace) giveBackCommitPlace(commits);
  }
}

/** Group commit: marks waiting while an UPDATE runs are written together by the next one. */
function markSentGrouped(db: DbClient, id: string, now: Date): Promise<void> {
  const marks = sender().marks;
  return new Promise<void>((done) => {
    marks.waiting.push({ db, id, now, done });
    if (!marks.flushing) void flushMarks(marks);
  });
}

async function flushMarks(marks: MarkGroup): Promise<void> {
  marks.flushing = true;
  try {
    while (marks.waiting.length > 0) {
      const group = marks.waiting.splice(0);
      // One UPDATE per (database, clock): in the app there is one of each; tests may mix clocks.
      const byKey = new Map<string, typeof group>();
      for (const mark of group) {
        const key = mark.now.toISOString();
        const same = byKey.get(key);
        if (same) same.push(mark);
        else byKey.set(key, [mark]);
      }
      for (const marksAtOneTime of byKey.values()) {
        const first = marksAtOneTime[0] as (typeof group)[number];
        try {
          await markSentMany(
            first.db,
            marksAtOneTime.map((mark) => mark.id),
            first.now,
          );
        } catch (error) {
          console.error("[email] could not mark sent rows; they are sent again when their lease ends", { count: marksAtOneTime.length, error });
        }
        for (const mark of marksAtOneTime) mark.done();
      }
    }
  } finally {
    marks.flushing = false;
  }
}
