import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ResidentsTable } from '../../db/types.js';

/** Tables that never move with a merge: the audit log is history, revisions belong to a file. */
const NOT_MOVED = ['audit_log', 'resident_revisions'];

/**
 * Every table of the current schema with both `center_id` and `resident_id`: modules add such
 * tables all the time, and a merge must move their rows without knowing them.
 */
export async function listResidentLinkedTables(db: Db): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT c.table_name
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.column_name IN ('center_id', 'resident_id')
    GROUP BY c.table_name
    HAVING count(*) = 2
    -- The ESF+ entry sheets move first: moving a service first would make the survivor a fresh
    -- entry from today's file (triggers of migration 0018) that could win over the duplicate's.
    ORDER BY c.table_name <> 'report_participants', c.table_name
  `.execute(db);
  return result.rows.map((row) => row.table_name).filter((name) => !NOT_MOVED.includes(name));
}

/** Points one table's rows of the duplicate at the survivor; returns how many moved. */
export async function moveResidentRows(
  db: Db,
  table: string,
  move: { centerId: string; fromId: string; toId: string },
): Promise<number> {
  const result = await sql`
    UPDATE ${sql.table(table)} SET resident_id = ${move.toId}
    WHERE center_id = ${move.centerId} AND resident_id = ${move.fromId}
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function setResidentColumns(
  db: Db,
  centerId: string,
  id: string,
  values: Updateable<ResidentsTable>,
): Promise<void> {
  await db
    .updateTable('residents')
    .set({ ...values, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}
