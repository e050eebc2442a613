import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ApplicationsTable } from './applications.tables.js';

export type ApplicationRow = Selectable<ApplicationsTable> & { assigned_name: string | null };

function selectApplications(db: Db, centerId: string) {
  return db
    .selectFrom('applications as a')
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.assigned_to'),
    )
    .selectAll('a')
    .select('s.display_name as assigned_name')
    .where('a.center_id', '=', centerId);
}

export async function insertApplication(
  db: Db,
  values: Insertable<ApplicationsTable>,
): Promise<string | undefined> {
  const row = await db
    .insertInto('applications')
    .values(values)
    // The partial unique index: an open application for this benefit already exists.
    .onConflict((oc) =>
      oc
        .columns(['center_id', 'resident_id', 'benefit'])
        .where('status', '<>', 'closed')
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function findApplication(
  db: Db,
  centerId: string,
  id: string,
): Promise<ApplicationRow | undefined> {
  return selectApplications(db, centerId).where('a.id', '=', id).executeTakeFirst();
}

export function listResidentApplications(
  db: Db,
  centerId: string,
  residentId: string,
): Promise<ApplicationRow[]> {
  return selectApplications(db, centerId)
    .where('a.resident_id', '=', residentId)
    .orderBy('a.created_at', 'desc')
    .execute();
}

/** Updates from the version the caller read and bumps it; false when it changed meanwhile. */
export async function updateApplication(
  db: Db,
  centerId: string,
  id: string,
  version: number,
  values: Updateable<ApplicationsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('applications')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Open applications with a deadline or a renewal date on or before `until`. */
export function listDatedApplications(
  db: Db,
  centerId: string,
  filter: { until: string; assignedTo?: string },
) {
  let query = db
    .selectFrom('applications as a')
    .innerJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'a.center_id').onRef('r.id', '=', 'a.resident_id'),
    )
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.assigned_to'),
    )
    .select([
      'a.id',
      'a.resident_id',
      sql<string>`r.surname || ' ' || r.given_name`.as('resident_name'),
      'a.benefit',
      'a.status',
      'a.deadline',
      'a.renewal_due',
      'a.assigned_to',
      's.display_name as assigned_name',
    ])
    .where('a.center_id', '=', centerId)
    .where('a.status', '<>', 'closed')
    .where((eb) =>
      eb.or([eb('a.deadline', '<=', filter.until), eb('a.renewal_due', '<=', filter.until)]),
    );
  if (filter.assignedTo) query = query.where('a.assigned_to', '=', filter.assignedTo);
  return query.orderBy('a.id').limit(2000).execute();
}

export function findAssignableStaff(db: Db, centerId: string, id: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'role', 'status'])
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}
