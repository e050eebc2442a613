import type { Insertable, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { DocumentsTable } from './documents.tables.js';

export type DocumentRow = Selectable<DocumentsTable> & { uploader_name: string };

function selectDocuments(db: Db, centerId: string) {
  return db
    .selectFrom('documents')
    .innerJoin('staff', (join) =>
      join
        .onRef('staff.center_id', '=', 'documents.center_id')
        .onRef('staff.id', '=', 'documents.uploaded_by'),
    )
    .selectAll('documents')
    .select('staff.display_name as uploader_name')
    .where('documents.center_id', '=', centerId);
}

export async function insertDocument(
  db: Db,
  values: Insertable<DocumentsTable>,
): Promise<DocumentRow> {
  await db.insertInto('documents').values(values).execute();
  return selectDocuments(db, values.center_id)
    .where('documents.id', '=', values.id)
    .executeTakeFirstOrThrow();
}

export function findDocument(db: Db, centerId: string, id: string) {
  return selectDocuments(db, centerId).where('documents.id', '=', id).executeTakeFirst();
}

export function listDocumentsOfResident(db: Db, centerId: string, residentId: string) {
  return selectDocuments(db, centerId)
    .where('documents.resident_id', '=', residentId)
    .orderBy('documents.uploaded_at', 'desc')
    .orderBy('documents.id')
    .execute();
}

/** Deletes a resident's documents and returns their ids, so the stored files can follow. */
export async function deleteDocumentsOfResident(
  db: Db,
  centerId: string,
  residentId: string,
): Promise<string[]> {
  const rows = await db
    .deleteFrom('documents')
    .where('center_id', '=', centerId)
    .where('resident_id', '=', residentId)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** True when the case exists in the Center for this resident (false when there is no cases table). */
export async function caseBelongsToResident(
  db: Db,
  centerId: string,
  caseId: string,
  residentId: string,
): Promise<boolean> {
  const exists = await sql<{ present: boolean }>`
    SELECT to_regclass('cases') IS NOT NULL AS present`.execute(db);
  if (!exists.rows[0]?.present) return false;
  const found = await sql<{ id: string }>`
    SELECT id FROM cases
    WHERE center_id = ${centerId} AND id = ${caseId} AND resident_id = ${residentId}`.execute(db);
  return found.rows.length > 0;
}

/** Whether the resident exists in the Center and has not been anonymised. */
export async function findLiveResident(
  db: Db,
  centerId: string,
  residentId: string,
): Promise<{ id: string; anonymised: boolean } | undefined> {
  const found = await sql<{ id: string; anonymised: boolean }>`
    SELECT id, anonymised_at IS NOT NULL AS anonymised FROM residents
    WHERE center_id = ${centerId} AND id = ${residentId}`.execute(db);
  return found.rows[0];
}
