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
  /** Jobs run at once by this worker (1 unless the handlers mostly wait on the database). */
  concurrency?: number;
}

export interface JobWorker {
  /** Runs due jobs until none is left (tests and benchmarks call it directly). */
  drain(): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
}

/**
 * One worker per process, running one job at a time by default: jobs share the process with the
 * HTTP server, so more processes, not more concurrency, scale CPU-bound work out. `concurrency`
 * lets a few jobs that mostly wait on PostgreSQL overlap (re-screening spends ~85% of a batch in
 * queries and writes, ~15% in the engine), so the database and this process work at once.
 */
export function startJobWorker(options: WorkerOptions): JobWorker {
  const workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const kinds = Object.keys(options.handlers);
  const pollMs = options.pollMs ?? 15_000;
  const leaseMs = options.leaseMs ?? 15 * 60_000;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  let stopped = false;
  let again = false;
  let done = 0;
  let failure: unknown = undefined;
  const lanes = new Set<Promise<void>>();

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

  // A lane runs due jobs one after another until none is left.
  const lane = async () => {
    while (!stopped) {
      const [job] = await claimJobs(options.db, workerId, kinds, 1);
      if (!job) {
        // Woken while every lane was busy: look once more before leaving.
        if (!again) break;
        again = false;
        continue;
      }
      await runOne(job);
      done++;
      // A job may have queued others (a scan queues its batches): fill the idle lanes.
      fill();
    }
  };

  const fill = () => {
    while (!stopped && lanes.size < concurrency) {
      const running: Promise<void> = lane()
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => lanes.delete(running));
      lanes.add(running);
    }
  };

  const settled = async () => {
    while (lanes.size) await Promise.all([...lanes]);
  };

  const drain = async (): Promise<number> => {
    if (lanes.size >= concurrency) again = true;
    const before = done;
    fill();
    await settled();
    if (failure !== undefined) {
      const error = failure;
      failure = undefined;
      throw error;
    }
    return done - before;
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
      await settled();
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
