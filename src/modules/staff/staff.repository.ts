import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { StaffTable } from '../../db/types.js';

export type StaffRow = Selectable<StaffTable>;

export function findStaffById(db: Db, centerId: string, id: string): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findStaffByUsername(
  db: Db,
  centerId: string,
  username: string,
): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('username', '=', username)
    .executeTakeFirst();
}

/** Locks the row for the rest of the transaction: counters and one-time codes must not race. */
export function lockStaff(db: Db, centerId: string, id: string): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function listStaffOfCenter(db: Db, centerId: string): Promise<StaffRow[]> {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('center_id', '=', centerId)
    .orderBy('display_name')
    .execute();
}

export function insertStaff(db: Db, values: Insertable<StaffTable>): Promise<StaffRow> {
  return db.insertInto('staff').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateStaff(
  db: Db,
  centerId: string,
  id: string,
  values: Updateable<StaffTable>,
): Promise<StaffRow> {
  return db
    .updateTable('staff')
    .set({ ...values, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countActiveAdministrators(db: Db, centerId: string): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('center_id', '=', centerId)
    .where('role', '=', 'administrator')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The directory organizations a Center may use: its own and those shared by any Center. */
export function listVisibleOrganizations(
  db: Db,
  centerId: string,
): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('directory_organizations')
    .select(['id', 'name'])
    .where((eb) => eb.or([eb('center_id', '=', centerId), eb('shared', '=', true)]))
    .orderBy('name')
    .limit(1000)
    .execute();
}
