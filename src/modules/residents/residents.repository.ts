import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ResidentsTable } from '../../db/types.js';
import type { RevisionChange } from './residents.tables.js';
import type { ResidentValues } from './residents.validation.js';

export type ResidentRow = Selectable<ResidentsTable>;

export function findResidentById(
  db: Db,
  centerId: string,
  id: string,
): Promise<ResidentRow | undefined> {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Locks the file for the rest of the transaction: version checks and merges must not race. */
export function lockResident(
  db: Db,
  centerId: string,
  id: string,
): Promise<ResidentRow | undefined> {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

function toColumns(values: ResidentValues) {
  return { ...values, esf: JSON.stringify(values.esf) };
}

export function insertResident(
  db: Db,
  centerId: string,
  values: ResidentValues,
): Promise<ResidentRow> {
  const row: Insertable<ResidentsTable> = { center_id: centerId, ...toColumns(values) };
  return db.insertInto('residents').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateResident(
  db: Db,
  centerId: string,
  id: string,
  values: ResidentValues,
  version: number,
): Promise<ResidentRow> {
  return db
    .updateTable('residents')
    .set({ ...toColumns(values), version, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The file holding an ΑΜΚΑ or ΑΦΜ in the Center, merged ones included (they keep theirs). */
export function findResidentByIdentifier(
  db: Db,
  centerId: string,
  column: 'amka' | 'afm',
  value: string,
): Promise<Pick<ResidentRow, 'id' | 'merged_into'> | undefined> {
  return db
    .selectFrom('residents')
    .select(['id', 'merged_into'])
    .where('center_id', '=', centerId)
    .where(column, '=', value)
    .executeTakeFirst();
}

/** Remembers a Center's search keys, so typos are matched against known words. */
export async function addSearchTerms(db: Db, centerId: string, terms: string[]): Promise<void> {
  if (terms.length === 0) return;
  await sql`
    INSERT INTO resident_search_terms (center_id, term)
    SELECT ${centerId}::uuid, unnest(${terms}::text[])
    ON CONFLICT DO NOTHING
  `.execute(db);
}

/**
 * Files that might be the same person: every name key shared, or a close spelling (trigram
 * similarity ≥ 0.6) with the same birth date. The caller checks birth date or father's name.
 */
export async function findNameCandidates(
  db: Db,
  centerId: string,
  probe: { nameKeys: string[]; text: string; birthDate: string | null; excludeId: string | null },
): Promise<ResidentRow[]> {
  const sameBirthDate =
    probe.birthDate === null
      ? sql<boolean>`false`
      : sql<boolean>`(birth_date = ${probe.birthDate} AND similarity(search_text, ${probe.text}) >= 0.6)`;
  const result = await sql<ResidentRow>`
    SELECT * FROM residents
    WHERE center_id = ${centerId} AND merged_into IS NULL AND anonymised_at IS NULL
      AND id IS DISTINCT FROM ${probe.excludeId}::uuid
      AND (search_tokens @> ${probe.nameKeys}::text[] OR ${sameBirthDate})
    ORDER BY updated_at DESC
    LIMIT 50
  `.execute(db);
  return result.rows;
}

export async function insertRevision(
  db: Db,
  revision: {
    centerId: string;
    residentId: string;
    version: number;
    changedBy: string | null;
    changes: RevisionChange[];
  },
): Promise<void> {
  await db
    .insertInto('resident_revisions')
    .values({
      center_id: revision.centerId,
      resident_id: revision.residentId,
      version: revision.version,
      changed_by: revision.changedBy,
      changes: JSON.stringify(revision.changes),
    })
    .execute();
}

export function listRevisions(db: Db, centerId: string, residentId: string) {
  return db
    .selectFrom('resident_revisions as r')
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'r.center_id').onRef('s.id', '=', 'r.changed_by'),
    )
    .select(['r.version', 'r.changed_at', 'r.changed_by', 'r.changes', 's.display_name'])
    .where('r.center_id', '=', centerId)
    .where('r.resident_id', '=', residentId)
    .orderBy('r.version', 'desc')
    .execute();
}
