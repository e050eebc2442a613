import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import { enqueueJobs } from '../../../jobs/jobs.repository.js';
import { centerToday } from '../../households/households.repository.js';
import {
  databaseNow,
  findOutreachState,
  listAllHouseholdIds,
  listCenterIds,
  listHouseholdIdsChangedSince,
  saveOutreachState,
} from './outreach.repository.js';
import type { RulesEngine } from './rules-engine.js';

export const RESCREEN_JOB = 'outreach.rescreen';
export const SCAN_JOB = 'outreach.scan';

export type ScanReason = 'rules_version' | 'new_day' | 'changes';

export interface ScanResult {
  centerId: string;
  reason: ScanReason;
  households: number;
  jobs: number;
}

export interface ScanOptions {
  batchSize?: number;
  /**
   * A household written by a transaction that began before the scan but committed after it
   * carries an earlier updated_at: the next scan looks this far back again (re-screening twice
   * is harmless, missing a change is not).
   */
  overlapMs?: number;
}

/**
 * Decides what to re-screen in every Center and queues it in batches: everything when the
 * parameter set's version differs from the last run's or a new day began (ages and dated
 * parameters move with the calendar), else the households changed since the last scan.
 */
export async function scanForRescreening(
  db: Db,
  engine: RulesEngine,
  options: ScanOptions = {},
): Promise<ScanResult[]> {
  const results: ScanResult[] = [];
  for (const centerId of await listCenterIds(db)) {
    results.push(await scanCenter(db, engine, centerId, options));
  }
  return results;
}

async function scanCenter(
  db: Db,
  engine: RulesEngine,
  centerId: string,
  options: ScanOptions,
): Promise<ScanResult> {
  const batchSize = options.batchSize ?? 1_000;
  const overlapMs = options.overlapMs ?? 60_000;
  return db.transaction().execute(async (trx) => {
    // One scan per Center at a time, whichever process runs it.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`outreach.scan:${centerId}`}))`.execute(trx);
    const scanStart = await databaseNow(trx);
    const today = await centerToday(trx, centerId);
    const state = await findOutreachState(trx, centerId);
    const version = engine.version;
    const reason: ScanReason =
      state?.rules_version !== version
        ? 'rules_version'
        : state.full_as_of !== today
          ? 'new_day'
          : 'changes';
    const householdIds =
      reason === 'changes' && state
        ? await listHouseholdIdsChangedSince(trx, centerId, state.changes_seen_until)
        : await listAllHouseholdIds(trx, centerId);
    // In key order, so each batch reads and writes a narrow range of the (center_id,
    // household_id, …) indexes instead of pages all over them (the changes query is unordered).
    householdIds.sort();
    const jobs = chunk(householdIds, batchSize).map((ids) => ({
      kind: RESCREEN_JOB,
      centerId,
      payload: { householdIds: ids, reason },
    }));
    await enqueueJobs(trx, jobs);
    await saveOutreachState(trx, {
      centerId,
      rulesVersion: version,
      fullAsOf: reason === 'changes' && state?.full_as_of ? state.full_as_of : today,
      changesSeenUntil: new Date(scanStart.getTime() - overlapMs),
    });
    return { centerId, reason, households: householdIds.length, jobs: jobs.length };
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
