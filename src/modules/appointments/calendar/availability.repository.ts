import { sql, type Selectable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { OpeningHoursRow } from '../../../db/types.js';
import type { AppointmentTypesTable } from './calendar.tables.js';

/** The rows availability reads; only repositories write SQL. */
export type AppointmentTypeRow = Selectable<AppointmentTypesTable>;

export function findAppointmentType(
  db: Db,
  centerId: string,
  id: string,
): Promise<AppointmentTypeRow | undefined> {
  return db
    .selectFrom('appointment_types')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Active staff who provide a type: listed by name, or holding one of its roles. */
export async function listProviderIds(
  db: Db,
  centerId: string,
  type: AppointmentTypeRow,
): Promise<string[]> {
  const rows = await db
    .selectFrom('staff')
    .select('staff.id')
    .where('staff.center_id', '=', centerId)
    .where('staff.status', '=', 'active')
    .where((eb) =>
      eb.or([
        sql<boolean>`staff.role = any(${type.provider_roles}::text[])`,
        eb.exists(
          eb
            .selectFrom('appointment_type_providers as p')
            .select('p.staff_id')
            .where('p.center_id', '=', centerId)
            .where('p.type_id', '=', type.id)
            .whereRef('p.staff_id', '=', 'staff.id'),
        ),
      ]),
    )
    .orderBy('staff.id')
    .execute();
  return rows.map((r) => r.id);
}

export interface CenterCalendarRow {
  opening_hours: OpeningHoursRow[];
  timezone: string;
}

export function findCenterCalendarRow(
  db: Db,
  centerId: string,
): Promise<CenterCalendarRow | undefined> {
  return db
    .selectFrom('centers')
    .select(['opening_hours', 'timezone'])
    .where('id', '=', centerId)
    .executeTakeFirst();
}

export function listOverrides(db: Db, centerId: string, from: string, to: string) {
  return db
    .selectFrom('calendar_overrides')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

export function listClosures(db: Db, centerId: string, from: string, to: string) {
  return db
    .selectFrom('center_closures')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('ends_on', '>=', from)
    .where('starts_on', '<=', to)
    .orderBy('starts_on')
    .execute();
}

export function listWeeklyHours(db: Db, centerId: string, staffIds: readonly string[]) {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_weekly_hours')
    .select(['staff_id', 'weekday', 'starts', 'ends'])
    .where('center_id', '=', centerId)
    .where('staff_id', 'in', staffIds)
    .execute();
}

export function listScheduleChanges(
  db: Db,
  centerId: string,
  staffIds: readonly string[],
  from: string,
  to: string,
) {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_schedule_changes')
    .select(['staff_id', 'day', 'starts', 'ends'])
    .where('center_id', '=', centerId)
    .where('staff_id', 'in', staffIds)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
}

export function listAbsences(
  db: Db,
  centerId: string,
  staffIds: readonly string[],
  from: Date,
  to: Date,
) {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_absences')
    .select(['staff_id', 'starts_at', 'ends_at'])
    .where('center_id', '=', centerId)
    .where('staff_id', 'in', staffIds)
    .where('ends_at', '>', from)
    .where('starts_at', '<', to)
    .execute();
}

/**
 * Active appointments blocking time in [from, to), merged per staff member in the database
 * (back-to-back appointments become one range): a busy month is a few thousand rows otherwise,
 * and moving and parsing them cost more than the query. Appointments never last longer than a
 * day (8 h type + 2 h buffer at most), which bounds the scan on the (center_id, starts_at) index.
 */
export async function listBusyRanges(
  db: Db,
  centerId: string,
  from: Date,
  to: Date,
  options: { excludeId?: string } = {},
) {
  const exclude = options.excludeId ? sql`AND id <> ${options.excludeId}` : sql``;
  // Epoch milliseconds as numbers: availability works in milliseconds anyway.
  const result = await sql<{ staff_id: string; starts_ms: number; blocked_until_ms: number }>`
    SELECT staff_id,
      (extract(epoch FROM lower(busy)) * 1000)::float8 AS starts_ms,
      (extract(epoch FROM upper(busy)) * 1000)::float8 AS blocked_until_ms
    FROM (
      SELECT staff_id, unnest(range_agg(tstzrange(starts_at, blocked_until))) AS busy
      FROM appointments
      WHERE center_id = ${centerId}
        AND status IN ('booked', 'checked_in')
        AND starts_at >= ${new Date(from.getTime() - 86_400_000)}
        AND starts_at < ${to}
        AND blocked_until > ${from}
        ${exclude}
      GROUP BY staff_id
    ) merged
  `.execute(db);
  return result.rows;
}

/** Appointments of a type not cancelled, per local day of the Center, for the daily cap. */
export async function countTakenPerDay(
  db: Db,
  centerId: string,
  typeId: string,
  timeZone: string,
  from: Date,
  to: Date,
  options: { excludeId?: string } = {},
): Promise<Map<string, number>> {
  const localDay = sql<string>`(starts_at AT TIME ZONE ${timeZone})::date::text`;
  let query = db
    .selectFrom('appointments')
    .select([localDay.as('day'), (eb) => eb.fn.countAll<string>().as('taken')])
    .where('center_id', '=', centerId)
    .where('type_id', '=', typeId)
    .where('status', '<>', 'cancelled')
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .groupBy(localDay);
  if (options.excludeId) query = query.where('id', '<>', options.excludeId);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.day, Number(r.taken)]));
}

/** Serializes bookings of one capped type, so two cannot both take the last place of a day. */
export async function lockTypeCap(trx: Db, centerId: string, typeId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`appointment-cap:${centerId}:${typeId}`}))`.execute(
    trx,
  );
}
