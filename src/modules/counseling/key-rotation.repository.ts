import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

/** One sealed value to re-seal: which table, which row (keyset position), the ciphertext. */
export interface SealedValue {
  center_id: string;
  id: string;
  sealed: string;
}

export type SealedColumn = 'counseling_sessions.note_sealed' | 'staff.totp_secret_sealed';

/**
 * The next batch of values not yet sealed under `activePrefix`, after the keyset position
 * `after`, locked until the transaction ends so an edit in between cannot be overwritten.
 * `starts_with` rather than LIKE: `_` in a key id would be a LIKE wildcard.
 */
export async function lockStaleSealedBatch(
  trx: Db,
  column: SealedColumn,
  activePrefix: string,
  after: { centerId: string; id: string } | null,
  limit: number,
): Promise<SealedValue[]> {
  const [table, field] =
    column === 'staff.totp_secret_sealed'
      ? (['staff', 'totp_secret_sealed'] as const)
      : (['counseling_sessions', 'note_sealed'] as const);
  const position = after ? sql`AND (center_id, id) > (${after.centerId}, ${after.id})` : sql``;
  const result = await sql<SealedValue>`
    SELECT center_id, id, ${sql.ref(field)} AS sealed
      FROM ${sql.table(table)}
     WHERE ${sql.ref(field)} IS NOT NULL
       AND NOT starts_with(${sql.ref(field)}, ${activePrefix})
       ${position}
     ORDER BY center_id, id
     LIMIT ${limit}
       FOR UPDATE
  `.execute(trx);
  return result.rows;
}

export async function updateSealedValue(
  trx: Db,
  column: SealedColumn,
  row: { center_id: string; id: string },
  sealed: string,
): Promise<void> {
  if (column === 'staff.totp_secret_sealed') {
    await trx
      .updateTable('staff')
      .set({ totp_secret_sealed: sealed })
      .where('center_id', '=', row.center_id)
      .where('id', '=', row.id)
      .execute();
    return;
  }
  // Re-sealing changes no content: version and note_updated_at stay, so an editor's version holds.
  await trx
    .updateTable('counseling_sessions')
    .set({ note_sealed: sealed })
    .where('center_id', '=', row.center_id)
    .where('id', '=', row.id)
    .execute();
}
