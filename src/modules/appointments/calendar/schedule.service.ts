import type { Db } from '../../../db/connection.js';
import { AppError, type FieldError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findStaffById } from '../../staff/staff.repository.js';
import { findCenterCalendarRow } from './availability.repository.js';
import {
  deleteCalendarRow,
  insertAbsence,
  insertScheduleChange,
  listAbsencesOf,
  listScheduleChangesOf,
  listWeeklyHoursOf,
  replaceWeeklyHours,
} from './calendar.repository.js';
import type { AbsenceBody, ScheduleChangeBody, WeeklyHoursBody } from './calendar.schemas.js';
import { isoWeekday, parseTime } from './time.js';

/**
 * Staff working hours: weekly hours inside the Center's opening hours, absences (any instants:
 * leave, training, sick days) and one-off changes of a single day.
 */
const hhmm = (time: string) => time.slice(0, 5);

async function assertStaff(trx: Db, centerId: string, staffId: string) {
  if (!(await findStaffById(trx, centerId, staffId))) throw new AppError('not_found');
}

async function openingHoursOf(trx: Db, centerId: string, weekday: number) {
  const center = await findCenterCalendarRow(trx, centerId);
  return (center?.opening_hours ?? [])
    .filter((h) => h.weekday === weekday)
    .map((h) => [parseTime(h.opens), parseTime(h.closes)] as const);
}

/** Field errors of one interval: end after start, inside one of the day's opening intervals. */
function intervalErrors(
  path: string,
  starts: string,
  ends: string,
  opening: readonly (readonly [number, number])[],
): FieldError[] {
  const [from, to] = [parseTime(starts), parseTime(ends)];
  if (to <= from) return [{ field: `${path}.ends`, rule: 'time_order' }];
  if (!opening.some(([opens, closes]) => opens <= from && to <= closes)) {
    return [{ field: `${path}.starts`, rule: 'outside_opening_hours' }];
  }
  return [];
}

export async function setWeeklyHours(
  db: Db,
  actor: Actor,
  staffId: string,
  input: WeeklyHoursBody,
) {
  return db.transaction().execute(async (trx) => {
    await assertStaff(trx, actor.centerId, staffId);
    const errors: FieldError[] = [];
    for (const [i, h] of input.hours.entries()) {
      const opening = await openingHoursOf(trx, actor.centerId, h.weekday);
      errors.push(...intervalErrors(`body.hours.${i}`, h.starts, h.ends, opening));
      const overlaps = input.hours.some(
        (o, j) => j < i && o.weekday === h.weekday && o.starts < h.ends && h.starts < o.ends,
      );
      if (overlaps) errors.push({ field: `body.hours.${i}.starts`, rule: 'hours_overlap' });
    }
    if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
    await replaceWeeklyHours(trx, actor.centerId, staffId, input.hours);
    await recordAudit(trx, actor, {
      action: 'staff_hours.update',
      entity: 'staff',
      recordId: staffId,
      details: { intervals: input.hours.length },
    });
    return readWeeklyHours(trx, actor.centerId, staffId);
  });
}

export async function readWeeklyHours(db: Db, centerId: string, staffId: string) {
  await assertStaff(db, centerId, staffId);
  const rows = await listWeeklyHoursOf(db, centerId, staffId);
  return {
    hours: rows.map((r) => ({ weekday: r.weekday, starts: hhmm(r.starts), ends: hhmm(r.ends) })),
  };
}

export async function addAbsence(db: Db, actor: Actor, staffId: string, input: AbsenceBody) {
  const [startsAt, endsAt] = [new Date(input.startsAt), new Date(input.endsAt)];
  if (endsAt <= startsAt) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.endsAt', rule: 'date_order' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    await assertStaff(trx, actor.centerId, staffId);
    const row = await insertAbsence(trx, {
      center_id: actor.centerId,
      staff_id: staffId,
      starts_at: startsAt,
      ends_at: endsAt,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, actor, {
      action: 'staff_absence.create',
      entity: 'staff',
      recordId: staffId,
    });
    return presentAbsence(row);
  });
}

function presentAbsence(row: {
  id: string;
  staff_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string | null;
}) {
  return {
    id: row.id,
    staffId: row.staff_id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    reason: row.reason,
  };
}

export async function findAbsences(db: Db, centerId: string, staffId: string, now = new Date()) {
  await assertStaff(db, centerId, staffId);
  return (await listAbsencesOf(db, centerId, staffId, now)).map(presentAbsence);
}

export async function addScheduleChange(
  db: Db,
  actor: Actor,
  staffId: string,
  input: ScheduleChangeBody,
) {
  return db.transaction().execute(async (trx) => {
    await assertStaff(trx, actor.centerId, staffId);
    if ((input.starts === undefined) !== (input.ends === undefined)) {
      const field = input.starts === undefined ? 'body.starts' : 'body.ends';
      throw new AppError('validation_failed', { fieldErrors: [{ field, rule: 'required' }] });
    }
    if (input.starts !== undefined && input.ends !== undefined) {
      const opening = await openingHoursOf(trx, actor.centerId, isoWeekday(input.day));
      const errors = intervalErrors('body', input.starts, input.ends, opening);
      if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
    }
    const row = await insertScheduleChange(trx, {
      center_id: actor.centerId,
      staff_id: staffId,
      day: input.day,
      starts: input.starts ?? null,
      ends: input.ends ?? null,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, actor, {
      action: 'staff_schedule_change.create',
      entity: 'staff',
      recordId: staffId,
      details: { day: input.day },
    });
    return presentChange(row);
  });
}

function presentChange(row: {
  id: string;
  staff_id: string;
  day: string;
  starts: string | null;
  ends: string | null;
  reason: string | null;
}) {
  return {
    id: row.id,
    staffId: row.staff_id,
    day: row.day,
    starts: row.starts === null ? null : hhmm(row.starts),
    ends: row.ends === null ? null : hhmm(row.ends),
    reason: row.reason,
  };
}

export async function findScheduleChanges(
  db: Db,
  centerId: string,
  staffId: string,
  since: string,
) {
  await assertStaff(db, centerId, staffId);
  return (await listScheduleChangesOf(db, centerId, staffId, since)).map(presentChange);
}

/** Removes an absence, one-off change, closure or override of the actor's Center. */
export async function removeCalendarEntry(
  db: Db,
  actor: Actor,
  table: Parameters<typeof deleteCalendarRow>[1],
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteCalendarRow(trx, table, actor.centerId, id))) throw new AppError('not_found');
    await recordAudit(trx, actor, { action: `${table}.delete`, entity: table, recordId: id });
  });
}
