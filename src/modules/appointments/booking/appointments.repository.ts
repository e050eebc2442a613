import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { AppointmentsTable, AppointmentStatus } from '../calendar/calendar.tables.js';

export type AppointmentRow = Selectable<AppointmentsTable>;

/** PostgreSQL's exclusion_violation: the `appointments_no_double_booking` constraint refused. */
export const EXCLUSION_VIOLATION = '23P01';

export function isExclusionViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === EXCLUSION_VIOLATION;
}

export function insertAppointment(
  db: Db,
  values: Insertable<AppointmentsTable>,
): Promise<AppointmentRow> {
  return db.insertInto('appointments').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findAppointment(
  db: Db,
  centerId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  const query = db
    .selectFrom('appointments')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export function updateAppointment(
  db: Db,
  centerId: string,
  id: string,
  values: Updateable<AppointmentsTable>,
): Promise<AppointmentRow> {
  return db
    .updateTable('appointments')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** What booking needs of a type: its names, length, buffer and whether the public sees it. */
export function findBookingType(db: Db, centerId: string, typeId: string) {
  return db
    .selectFrom('appointment_types')
    .select(['id', 'name_el', 'name_en', 'duration_minutes', 'buffer_minutes', 'mode', 'public'])
    .select('active')
    .where('center_id', '=', centerId)
    .where('id', '=', typeId)
    .executeTakeFirst();
}

export type BookingTypeRow = NonNullable<Awaited<ReturnType<typeof findBookingType>>>;

export function findStaffName(db: Db, centerId: string, staffId: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'display_name'])
    .where('center_id', '=', centerId)
    .where('id', '=', staffId)
    .executeTakeFirst();
}

export interface AgendaFilter {
  from?: Date;
  to?: Date;
  staffId?: string;
  residentId?: string;
  statuses?: readonly AppointmentStatus[];
}

/** One Center's appointments (starting in [from, to) when given), with the names an agenda shows. */
export function listAgenda(db: Db, centerId: string, filter: AgendaFilter) {
  let query = db
    .selectFrom('appointments as a')
    .innerJoin('appointment_types as t', (join) =>
      join.onRef('t.center_id', '=', 'a.center_id').onRef('t.id', '=', 'a.type_id'),
    )
    .innerJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.staff_id'),
    )
    .leftJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'a.center_id').onRef('r.id', '=', 'a.resident_id'),
    )
    .select([
      'a.id',
      'a.type_id',
      't.name_el as type_name_el',
      't.name_en as type_name_en',
      'a.staff_id',
      's.display_name as staff_name',
      'a.resident_id',
      sql<string | null>`r.surname || ' ' || r.given_name`.as('resident_name'),
      'a.starts_at',
      'a.ends_at',
      'a.status',
      'a.contact_name',
      'a.contact_phone',
      'a.contact_email',
      'a.reason',
    ])
    .where('a.center_id', '=', centerId);
  if (filter.from) query = query.where('a.starts_at', '>=', filter.from);
  if (filter.to) query = query.where('a.starts_at', '<', filter.to);
  if (filter.staffId) query = query.where('a.staff_id', '=', filter.staffId);
  if (filter.residentId) query = query.where('a.resident_id', '=', filter.residentId);
  if (filter.statuses) query = query.where('a.status', 'in', [...filter.statuses]);
  return query.orderBy('a.starts_at').orderBy('s.display_name').execute();
}

export type AgendaRow = Awaited<ReturnType<typeof listAgenda>>[number];

/** Whether an active appointment of the staff member blocks any of [from, to). */
export async function isBusy(
  db: Db,
  centerId: string,
  staffId: string,
  period: { from: Date; to: Date },
): Promise<boolean> {
  const row = await db
    .selectFrom('appointments')
    .select('id')
    .where('center_id', '=', centerId)
    .where('staff_id', '=', staffId)
    .where('status', 'in', ['booked', 'checked_in'])
    .where('starts_at', '<', period.to)
    .where('blocked_until', '>', period.from)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
