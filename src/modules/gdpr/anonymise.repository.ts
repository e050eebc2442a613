import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Assignment } from './anonymisation-plan.js';

/** Applies the plan to one resident's row and marks it anonymised; bumps `version` if present. */
export async function applyResidentErasure(
  db: Db,
  centerId: string,
  residentId: string,
  plan: Map<string, Assignment>,
  extra: { hasVersion: boolean; hasUpdatedAt: boolean },
): Promise<Date> {
  const assignments = [...plan].map(([column, change]) => {
    if (change.kind === 'null') return sql`${sql.ref(column)} = NULL`;
    if (change.kind === 'default') return sql`${sql.ref(column)} = DEFAULT`;
    return sql`${sql.ref(column)} = ${change.value}`;
  });
  assignments.push(sql`anonymised_at = now()`);
  if (extra.hasUpdatedAt) assignments.push(sql`updated_at = now()`);
  if (extra.hasVersion) assignments.push(sql`version = version + 1`);
  const { rows } = await sql<{ anonymised_at: Date }>`
    UPDATE residents SET ${sql.join(assignments)}
    WHERE center_id = ${centerId} AND id = ${residentId}
    RETURNING anonymised_at`.execute(db);
  const at = rows[0]?.anonymised_at;
  if (!at) throw new Error('resident vanished during anonymisation');
  return at;
}

/** Duplicates merged into this file (when the residents module records merges). */
export async function listMergedDuplicates(
  db: Db,
  centerId: string,
  residentId: string,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM residents
    WHERE center_id = ${centerId} AND merged_into = ${residentId} AND anonymised_at IS NULL`.execute(
    db,
  );
  return rows.map((row) => row.id);
}
