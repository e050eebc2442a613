import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { AppointmentTypeRow } from './availability.repository.js';
import type {
  AppointmentTypesTable,
  CalendarOverridesTable,
  CenterClosuresTable,
  StaffAbsencesTable,
  StaffScheduleChangesTable,
} from './calendar.tables.js';

/** Writes and lists of the calendar's settings; availability's reads are in availability.repository. */
export function insertType(db: Db, values: Insertable<AppointmentTypesTable>) {
  return db.insertInto('appointment_types').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateType(
  db: Db,
  centerId: string,
  id: string,
  version: number,
  values: Updateable<AppointmentTypesTable>,
): Promise<AppointmentTypeRow | undefined> {
  return db
    .updateTable('appointment_types')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function listTypes(db: Db, centerId: string, options: { publicOnly?: boolean } = {}) {
  let query = db
    .selectFrom('appointment_types')
    .selectAll()
    .where('center_id', '=', centerId)
    .orderBy('name_el');
  if (options.publicOnly) query = query.where('public', '=', true).where('active', '=', true);
  return query.execute();
}

export async function listProvidersOfTypes(
  db: Db,
  centerId: string,
): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('appointment_type_providers')
    .select(['type_id', 'staff_id'])
    .where('center_id', '=', centerId)
    .orderBy('staff_id')
    .execute();
  const byType = new Map<string, string[]>();
  for (const r of rows) byType.set(r.type_id, [...(byType.get(r.type_id) ?? []), r.staff_id]);
  return byType;
}

export async function replaceProviders(
  db: Db,
  centerId: string,
  typeId: string,
  staffIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('appointment_type_providers')
    .where('center_id', '=', centerId)
    .where('type_id', '=', typeId)
    .execute();
  if (staffIds.length === 0) return;
  await db
    .insertInto('appointment_type_providers')
    .values(
      staffIds.map((staffId) => ({ center_id: centerId, type_id: typeId, staff_id: staffId })),
    )
    .execute();
}

export async function countStaffOfCenter(
  db: Db,
  centerId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('center_id', '=', centerId)
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listWeeklyHoursOf(db: Db, centerId: string, staffId: string) {
  return db
    .selectFrom('staff_weekly_hours')
    .select(['weekday', 'starts', 'ends'])
    .where('center_id', '=', centerId)
    .where('staff_id', '=', staffId)
    .orderBy('weekday')
    .orderBy('starts')
    .execute();
}

export async function replaceWeeklyHours(
  db: Db,
  centerId: string,
  staffId: string,
  hours: readonly { weekday: number; starts: string; ends: string }[],
): Promise<void> {
  await db
    .deleteFrom('staff_weekly_hours')
    .where('center_id', '=', centerId)
    .where('staff_id', '=', staffId)
    .execute();
  if (hours.length === 0) return;
  await db
    .insertInto('staff_weekly_hours')
    .values(hours.map((h) => ({ center_id: centerId, staff_id: staffId, ...h })))
    .execute();
}

export function insertAbsence(db: Db, values: Insertable<StaffAbsencesTable>) {
  return db.insertInto('staff_absences').values(values).returningAll().executeTakeFirstOrThrow();
}

export function listAbsencesOf(db: Db, centerId: string, staffId: string, since: Date) {
  return db
    .selectFrom('staff_absences')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('staff_id', '=', staffId)
    .where('ends_at', '>', since)
    .orderBy('starts_at')
    .execute();
}

export function insertScheduleChange(db: Db, values: Insertable<StaffScheduleChangesTable>) {
  return db
    .insertInto('staff_schedule_changes')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listScheduleChangesOf(db: Db, centerId: string, staffId: string, since: string) {
  return db
    .selectFrom('staff_schedule_changes')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('staff_id', '=', staffId)
    .where('day', '>=', since)
    .orderBy('day')
    .orderBy('starts')
    .execute();
}

export function insertClosure(db: Db, values: Insertable<CenterClosuresTable>) {
  return db.insertInto('center_closures').values(values).returningAll().executeTakeFirstOrThrow();
}

export function insertOverride(db: Db, values: Insertable<CalendarOverridesTable>) {
  return db
    .insertInto('calendar_overrides')
    .values(values)
    .onConflict((oc) => oc.columns(['center_id', 'day']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Deletes one row of a calendar table of the Center; false when there was none. */
export async function deleteCalendarRow(
  db: Db,
  table: 'staff_absences' | 'staff_schedule_changes' | 'center_closures' | 'calendar_overrides',
  centerId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom(table)
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
