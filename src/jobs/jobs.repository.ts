import { sql } from 'kysely';
import type { Db } from '../db/connection.js';

/** The channel a committed enqueue notifies, so idle workers wake without waiting for a poll. */
export const JOBS_CHANNEL = 'koinotita_jobs';

export interface Job {
  id: string;
  kind: string;
  centerId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface NewJob {
  kind: string;
  centerId?: string | null;
  payload?: Record<string, unknown>;
  runAfter?: Date;
  maxAttempts?: number;
  /** While a job with this kind and key is still queued, enqueueing another is a no-op. */
  dedupeKey?: string;
}

/**
 * Adds jobs inside the caller's transaction: they become visible, and the NOTIFY is delivered,
 * only when it commits (side effects after commit, never inside it). Returns how many were added.
 */
export async function enqueueJobs(trx: Db, jobs: readonly NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const result = await sql<{ id: string }>`
    INSERT INTO jobs (kind, center_id, payload, run_after, max_attempts, dedupe_key)
    SELECT * FROM unnest(
      ${jobs.map((j) => j.kind)}::text[],
      ${jobs.map((j) => j.centerId ?? null)}::uuid[],
      ${jobs.map((j) => JSON.stringify(j.payload ?? {}))}::jsonb[],
      ${jobs.map((j) => (j.runAfter ?? new Date()).toISOString())}::timestamptz[],
      ${jobs.map((j) => j.maxAttempts ?? 5)}::int[],
      ${jobs.map((j) => j.dedupeKey ?? null)}::text[])
    ON CONFLICT (kind, dedupe_key) WHERE status = 'queued' AND dedupe_key IS NOT NULL DO NOTHING
    RETURNING id
  `.execute(trx);
  await sql`SELECT pg_notify(${JOBS_CHANNEL}, '')`.execute(trx);
  return result.rows.length;
}

interface JobRow {
  id: string;
  kind: string;
  center_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/**
 * Claims up to `limit` due jobs of the given kinds. SKIP LOCKED lets any number of workers (in
 * any number of processes) poll the same table without taking each other's jobs or waiting.
 */
export async function claimJobs(
  db: Db,
  workerId: string,
  kinds: readonly string[],
  limit: number,
): Promise<Job[]> {
  const result = await sql<JobRow>`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = now(),
      locked_by = ${workerId}
    WHERE id IN (
      SELECT id FROM jobs
      WHERE status = 'queued' AND run_after <= now() AND kind = ANY(${kinds}::text[])
      ORDER BY run_after, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, center_id, payload, attempts, max_attempts
  `.execute(db);
  return result.rows.map((row) => ({
    id: String(row.id),
    kind: row.kind,
    centerId: row.center_id,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
  }));
}

export async function completeJob(db: Db, id: string): Promise<void> {
  await sql`
    UPDATE jobs SET status = 'done', finished_at = now(), locked_at = NULL, last_error = NULL
    WHERE id = ${id}
  `.execute(db);
}

/** Exponential back-off: 10 s, 40 s, 160 s… capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 10_000 * 4 ** Math.max(0, attempts - 1));
}

/** A failed attempt: queued again after a back-off, or `failed` for good after the last one. */
export async function failJob(db: Db, job: Job, error: string): Promise<'retry' | 'failed'> {
  const final = job.attempts >= job.maxAttempts;
  const runAfter = new Date(Date.now() + retryDelayMs(job.attempts));
  await sql`
    UPDATE jobs SET
      status = ${final ? 'failed' : 'queued'},
      run_after = ${runAfter.toISOString()}::timestamptz,
      last_error = ${error.slice(0, 2000)},
      locked_at = NULL,
      finished_at = ${final ? sql`now()` : null}
    WHERE id = ${job.id}
  `.execute(db);
  return final ? 'failed' : 'retry';
}

/** Jobs whose worker died (process killed mid-job) go back to the queue after the lease. */
export async function requeueStaleJobs(db: Db, leaseMs: number): Promise<number> {
  const result = await sql`
    UPDATE jobs SET status = 'queued', locked_at = NULL, locked_by = NULL
    WHERE status = 'running' AND locked_at < now() - ${`${leaseMs} milliseconds`}::interval
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Finished jobs are kept a while for inspection, then removed. */
export async function purgeFinishedJobs(db: Db, olderThanDays: number): Promise<number> {
  const result = await sql`
    DELETE FROM jobs WHERE status IN ('done', 'failed')
      AND finished_at < now() - ${`${olderThanDays} days`}::interval
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function countJobs(
  db: Db,
  filter: { kind?: string; status?: Job['kind'] | 'queued' | 'running' | 'done' | 'failed' },
): Promise<number> {
  const result = await sql<{ n: string }>`
    SELECT count(*) AS n FROM jobs
    WHERE (${filter.kind ?? null}::text IS NULL OR kind = ${filter.kind ?? null})
      AND (${filter.status ?? null}::text IS NULL OR status = ${filter.status ?? null})
  `.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
