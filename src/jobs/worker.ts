import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import type { Db } from '../db/connection.js';
import {
  claimJobs,
  completeJob,
  failJob,
  JOBS_CHANNEL,
  purgeFinishedJobs,
  requeueStaleJobs,
  type Job,
} from './jobs.repository.js';

export type JobHandler = (job: Job) => Promise<void>;

export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface WorkerOptions {
  db: Db;
  /** Connection string for a dedicated LISTEN connection; polling alone when absent. */
  listenUrl?: string;
  handlers: Record<string, JobHandler>;
  log: JobLog;
  /** Fallback poll when no NOTIFY arrives (another process enqueued while we were away). */
  pollMs?: number;
  /** A job running longer than this is presumed dead and handed to another worker. */
  leaseMs?: number;
}

export interface JobWorker {
  /** Runs due jobs until none is left (tests and benchmarks call it directly). */
  drain(): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
}

/**
 * One worker per process, running one job at a time: re-screening is CPU-bound and shares the
 * process with the HTTP server, so more processes, not more concurrency, scale it out.
 */
export function startJobWorker(options: WorkerOptions): JobWorker {
  const workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const kinds = Object.keys(options.handlers);
  const pollMs = options.pollMs ?? 15_000;
  const leaseMs = options.leaseMs ?? 15 * 60_000;
  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;

  const runOne = async (job: Job) => {
    const handler = options.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(job);
      await completeJob(options.db, job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const outcome = await failJob(options.db, job, message);
      options.log.warn({ job: job.id, kind: job.kind, outcome, err: { message } }, 'job failed');
    }
  };

  const drainOnce = async () => {
    let done = 0;
    while (!stopped) {
      const [job] = await claimJobs(options.db, workerId, kinds, 1);
      if (!job) break;
      await runOne(job);
      done++;
    }
    return done;
  };

  const drain = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drainOnce();
      } while (again && !stopped);
      return total;
    })().finally(() => (running = null));
    return running;
  };

  const wake = () => {
    if (stopped) return;
    drain().catch((error: unknown) =>
      options.log.warn({ err: { message: (error as Error).message } }, 'job queue unavailable'),
    );
  };

  const housekeeping = async () => {
    await requeueStaleJobs(options.db, leaseMs);
    await purgeFinishedJobs(options.db, 7);
  };
  const poll = setInterval(wake, pollMs);
  const sweep = setInterval(() => {
    housekeeping().catch(() => undefined);
  }, leaseMs);
  poll.unref();
  sweep.unref();

  const listener = options.listenUrl ? listen(options.listenUrl, wake, options.log) : null;
  wake();

  return {
    drain,
    wake,
    stop: async () => {
      stopped = true;
      clearInterval(poll);
      clearInterval(sweep);
      await listener?.close();
      await running;
    },
  };
}

/** LISTEN on a dedicated connection, reconnecting after a drop; notifications just wake the loop. */
function listen(url: string, wake: () => void, log: JobLog): { close(): Promise<void> } {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', wake);
    next.on('error', () => reconnect());
    client = next;
    await next.connect();
    await next.query(`LISTEN ${JOBS_CHANNEL}`);
    wake();
  };
  const reconnect = () => {
    if (closed || retry) return;
    const old = client;
    client = null;
    old?.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = null;
      connect().catch(reconnect);
    }, 5_000);
    retry.unref();
  };
  connect().catch((error: unknown) => {
    log.warn({ err: { message: (error as Error).message } }, 'job LISTEN failed; polling');
    reconnect();
  });
  return {
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
