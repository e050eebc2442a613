import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

/**
 * One report reads the database at one instant: a read-only REPEATABLE READ transaction, and a
 * second connection may join it on the same snapshot (pg_export_snapshot / SET TRANSACTION
 * SNAPSHOT) so the two heaviest parts of a yearly report run side by side on two cores and still
 * agree with each other (the requests by axis add up to the headline's requests even while the
 * desk keeps logging).
 */
export function inReportSnapshot<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return readOnlyTransaction(db, null, work);
}

/** Runs `work` on another connection, in the snapshot another report transaction exported. */
export function inSharedSnapshot<T>(
  db: Db,
  snapshotId: string,
  work: (trx: Db) => Promise<T>,
): Promise<T> {
  return readOnlyTransaction(db, snapshotId, work);
}

export async function exportSnapshot(trx: Db): Promise<string> {
  const { rows } = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(trx);
  const id = rows[0]?.id ?? '';
  // SET TRANSACTION SNAPSHOT takes no parameters: the id is checked before it is spliced in.
  if (!/^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i.test(id)) throw new Error('unexpected snapshot id');
  return id;
}

function readOnlyTransaction<T>(
  db: Db,
  snapshotId: string | null,
  work: (trx: Db) => Promise<T>,
): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      if (snapshotId) await sql.raw(`SET TRANSACTION SNAPSHOT '${snapshotId}'`).execute(trx);
      // A year's distinct residents need more than the default 4 MB to aggregate in memory, and
      // JIT-compiling these queries costs more than it saves (measured: bench/reports.ts).
      await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
      await sql`SET LOCAL jit = off`.execute(trx);
      return work(trx);
    });
}
