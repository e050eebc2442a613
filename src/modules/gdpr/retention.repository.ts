import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

/**
 * Files not yet anonymised whose last contact (latest timeline entry, else the file's creation)
 * is before the cutoff, oldest first.
 */
export async function listFilesDueForRetention(
  db: Db,
  cutoff: Date,
): Promise<{ center_id: string; id: string }[]> {
  const { rows } = await sql<{ center_id: string; id: string }>`
    SELECT r.center_id, r.id
    FROM residents r
    LEFT JOIN LATERAL (
      SELECT max(t.occurred_at) AS last_entry FROM timeline_entries t
      WHERE t.center_id = r.center_id AND t.resident_id = r.id
    ) contact ON true
    WHERE r.anonymised_at IS NULL
      AND coalesce(contact.last_entry, r.created_at) < ${cutoff}
    ORDER BY coalesce(contact.last_entry, r.created_at), r.center_id, r.id`.execute(db);
  return rows;
}

/** One runner at a time across processes; the lock goes with the session that took it. */
export const RETENTION_LOCK_KEY = 7_318_001;

export async function withRetentionLock<T>(db: Db, run: () => Promise<T>): Promise<T | null> {
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`
      SELECT pg_try_advisory_lock(${RETENTION_LOCK_KEY}) AS locked`.execute(connection);
    if (!rows[0]?.locked) return null;
    try {
      return await run();
    } finally {
      await sql`SELECT pg_advisory_unlock(${RETENTION_LOCK_KEY})`.execute(connection);
    }
  });
}
