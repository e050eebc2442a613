import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import {
  computeFreeSlots,
  slotRejection,
  type AvailabilityInput,
  type CenterCalendar,
  type FreeSlot,
  type ScheduleChange,
  type SlotType,
  type StaffCalendar,
  type TimeRange,
  type WeeklyHours,
} from './availability.js';
import {
  countTakenPerDay,
  findAppointmentType,
  findCenterCalendarRow,
  listAbsences,
  listBusyRanges,
  listClosures,
  listOverrides,
  listProviderIds,
  listScheduleChanges,
  listWeeklyHours,
  lockTypeCap,
  type AppointmentTypeRow,
  type CenterCalendarRow,
} from './availability.repository.js';
import { addDays, localDayOf, localToInstant, parseTime, type Day } from './time.js';

export interface FindFreeSlotsQuery {
  typeId: string;
  /** Local days of the Center, YYYY-MM-DD, both inclusive. */
  from: Day;
  to: Day;
  staffId?: string;
  now?: Date;
  /** Public callers see only active public types (unknown_type otherwise). */
  publicOnly?: boolean;
  /** The Center's calendar row when the caller has already read it (saves a round trip). */
  center?: CenterCalendarRow;
}

export interface Slot {
  day: Day;
  startsAt: Date;
  endsAt: Date;
  staffId: string;
}

/** The free slots of a type across all its providers, or for one of them. */
export async function findFreeSlots(
  db: Db,
  centerId: string,
  query: FindFreeSlotsQuery,
): Promise<Slot[]> {
  const slots = await freeSlotsOf(db, centerId, query);
  return slots.map((s) => ({
    day: s.day,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    staffId: s.staffId,
  }));
}

/** Like findFreeSlots, as epoch milliseconds (the month view counts thousands of them). */
export async function freeSlotsOf(
  db: Db,
  centerId: string,
  query: FindFreeSlotsQuery,
): Promise<FreeSlot[]> {
  const type = await findBookableType(db, centerId, query.typeId, {
    publicOnly: query.publicOnly ?? false,
    field: 'querystring.typeId',
  });
  const providers = await listProviderIds(db, centerId, type);
  const staffIds = query.staffId ? providers.filter((id) => id === query.staffId) : providers;
  if (query.staffId && staffIds.length === 0) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'querystring.staffId', rule: 'not_a_provider' }],
    });
  }
  const input = await loadAvailability(db, centerId, type, staffIds, query.from, query.to, {
    now: query.now ?? new Date(),
    center: query.center,
  });
  return computeFreeSlots(input);
}

export interface BookableSlot {
  typeId: string;
  staffId: string;
  startsAt: Date;
  endsAt: Date;
  /** What to store in appointments.blocked_until: the end plus the type's buffer. */
  blockedUntil: Date;
  durationMinutes: number;
  bufferMinutes: number;
}

export interface AssertBookableInput {
  typeId: string;
  staffId: string;
  startsAt: Date;
  now?: Date;
  publicOnly?: boolean;
  /** When moving an appointment: leave it out of the busy time and the daily count. */
  excludeAppointmentId?: string;
}

/**
 * Checks inside the booking transaction that the slot can be booked, and returns the times to
 * insert. Throws validation_failed naming the field and the rule that failed. The database's
 * exclusion constraint remains the guarantee against two bookings racing for one slot; for a type
 * with a daily cap this takes a transaction lock so two bookings cannot both take the last place.
 */
export async function assertBookable(
  trx: Db,
  centerId: string,
  input: AssertBookableInput,
): Promise<BookableSlot> {
  const type = await findBookableType(trx, centerId, input.typeId, {
    publicOnly: input.publicOnly ?? false,
    field: 'body.typeId',
  });
  const providers = await listProviderIds(trx, centerId, type);
  if (!providers.includes(input.staffId)) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.staffId', rule: 'not_a_provider' }],
    });
  }
  if (type.daily_cap !== null) await lockTypeCap(trx, centerId, type.id);
  const center = await findCenterCalendarRow(trx, centerId);
  if (!center) throw new AppError('not_found');
  const day = localDayOf(input.startsAt.getTime(), center.timezone);
  const loaded = await loadAvailability(trx, centerId, type, [input.staffId], day, day, {
    now: input.now ?? new Date(),
    excludeId: input.excludeAppointmentId,
  });
  const staff = loaded.staff[0];
  if (!staff) throw new AppError('not_found');
  const rule = slotRejection({ ...loaded, staff }, input.startsAt.getTime());
  if (rule) {
    const field = rule === 'staff_absent' ? 'body.staffId' : 'body.startsAt';
    throw new AppError('validation_failed', { fieldErrors: [{ field, rule }] });
  }
  const endsAt = input.startsAt.getTime() + type.duration_minutes * 60_000;
  return {
    typeId: type.id,
    staffId: input.staffId,
    startsAt: input.startsAt,
    endsAt: new Date(endsAt),
    blockedUntil: new Date(endsAt + type.buffer_minutes * 60_000),
    durationMinutes: type.duration_minutes,
    bufferMinutes: type.buffer_minutes,
  };
}

async function findBookableType(
  db: Db,
  centerId: string,
  typeId: string,
  options: { publicOnly: boolean; field: string },
): Promise<AppointmentTypeRow> {
  const type = await findAppointmentType(db, centerId, typeId);
  if (!type || !type.active || (options.publicOnly && !type.public)) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: options.field, rule: 'unknown_type' }],
    });
  }
  return type;
}

export function slotTypeOf(type: AppointmentTypeRow): SlotType {
  return {
    durationMinutes: type.duration_minutes,
    bufferMinutes: type.buffer_minutes,
    minNoticeMinutes: type.min_notice_minutes,
    maxDaysAhead: type.max_days_ahead,
    dailyCap: type.daily_cap,
  };
}

interface MutableStaffCalendar extends StaffCalendar {
  weekly: WeeklyHours[];
  changes: ScheduleChange[];
  absences: TimeRange[];
  busy: TimeRange[];
}

/** Reads everything availability needs for local days [from, to] in parallel queries. */
async function loadAvailability(
  db: Db,
  centerId: string,
  type: AppointmentTypeRow,
  staffIds: readonly string[],
  from: Day,
  to: Day,
  options: { now: Date; excludeId?: string; center?: CenterCalendarRow },
): Promise<AvailabilityInput> {
  const centerRow = options.center ?? (await findCenterCalendarRow(db, centerId));
  if (!centerRow) throw new AppError('not_found');
  const timeZone = centerRow.timezone;
  const fromAt = new Date(localToInstant(from, 0, timeZone));
  const toAt = new Date(localToInstant(addDays(to, 1), 0, timeZone));
  const exclude = { excludeId: options.excludeId };
  // One connection, one query after the other: each is a fraction of a millisecond, and seven
  // backends at once on a small machine cost more in scheduling than they save in parallel.
  const onOneConnection = <T>(work: (conn: Db) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.connection().execute(work);
  const [overrides, closures, weekly, changes, absences, busy, takenPerDay] = await onOneConnection(
    async (conn) =>
      [
        await listOverrides(conn, centerId, from, to),
        await listClosures(conn, centerId, from, to),
        await listWeeklyHours(conn, centerId, staffIds),
        await listScheduleChanges(conn, centerId, staffIds, from, to),
        await listAbsences(conn, centerId, staffIds, fromAt, toAt),
        await listBusyRanges(conn, centerId, fromAt, toAt, exclude),
        type.daily_cap === null
          ? new Map<string, number>()
          : await countTakenPerDay(conn, centerId, type.id, timeZone, fromAt, toAt, exclude),
      ] as const,
  );
  const center: CenterCalendar = {
    timeZone,
    openingHours: centerRow.opening_hours.map((h) => ({
      weekday: h.weekday,
      opens: parseTime(h.opens),
      closes: parseTime(h.closes),
    })),
    overrides: overrides.map((o) => ({
      day: o.day,
      kind: o.kind,
      closesAt: o.closes_at === null ? null : parseTime(o.closes_at),
      nameEl: o.name_el,
      nameEn: o.name_en,
    })),
    closures: closures.map((c) => ({ startsOn: c.starts_on, endsOn: c.ends_on, reason: c.reason })),
  };
  const byStaff = new Map<string, MutableStaffCalendar>(
    staffIds.map((staffId) => [
      staffId,
      { staffId, weekly: [], changes: [], absences: [], busy: [] },
    ]),
  );
  for (const w of weekly) {
    byStaff.get(w.staff_id)?.weekly.push({
      weekday: w.weekday,
      starts: parseTime(w.starts),
      ends: parseTime(w.ends),
    });
  }
  for (const c of changes) {
    byStaff.get(c.staff_id)?.changes.push({
      day: c.day,
      starts: c.starts === null ? null : parseTime(c.starts),
      ends: c.ends === null ? null : parseTime(c.ends),
    });
  }
  for (const a of absences) {
    byStaff
      .get(a.staff_id)
      ?.absences.push({ startsAt: a.starts_at.getTime(), endsAt: a.ends_at.getTime() });
  }
  for (const b of busy) {
    byStaff
      .get(b.staff_id)
      ?.busy.push({ startsAt: Number(b.starts_ms), endsAt: Number(b.blocked_until_ms) });
  }
  return {
    type: slotTypeOf(type),
    staff: [...byStaff.values()],
    center,
    from,
    to,
    now: options.now.getTime(),
    takenPerDay,
  };
}
