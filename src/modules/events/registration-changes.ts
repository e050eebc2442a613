import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCenterById } from '../centers/centers.repository.js';
import { findResidentById } from '../residents/residents.repository.js';
import type { LinkBase } from './event-links.js';
import { mailRegistration, noteOnTimeline, timelineKindOf } from './event-notices.js';
import {
  attendanceTime,
  canRecordAttendance,
  isWithinReminderWindow,
  SEAT_HOLDING,
} from './event-rules.js';
import { lockEvent, type EventRow } from './events.repository.js';
import { isCapacityRefusal, isUniqueViolation, type RegisterContext } from './register-person.js';
import {
  findRegistration,
  updateRegistration,
  withdrawAttendanceEntry,
  type RegistrationRow,
} from './registrations.repository.js';
import { expireOffersOf, offerFreeSeats } from './waitlist-offers.js';

export interface Locked {
  event: EventRow;
  row: RegistrationRow;
}

/**
 * Locks the event (first, always: one lock order for every writer of its registrations) and
 * finds the registration in it. `eventId` is null for a signed link, which names only the
 * registration.
 */
export async function lockRegistration(
  trx: Db,
  centerId: string,
  eventId: string | null,
  registrationId: string,
): Promise<Locked> {
  const found = await findRegistration(trx, centerId, registrationId);
  if (!found || (eventId && found.event_id !== eventId)) throw new AppError('not_found');
  const event = await lockEvent(trx, centerId, found.event_id);
  const row = await findRegistration(trx, centerId, registrationId);
  if (!event || !row) throw new AppError('not_found');
  return { event, row };
}

const notActive = () =>
  new AppError('validation_failed', {
    fieldErrors: [{ field: 'registrationId', rule: 'registration_not_active' }],
  });

/** Cancels a live registration; a seat it held is offered to the next in line. */
export async function cancelLocked(
  trx: Db,
  actor: Actor,
  base: LinkBase,
  { event, row }: Locked,
  now: Date,
): Promise<RegistrationRow> {
  if (row.status === 'cancelled') return row;
  if (row.status === 'expired' || row.status === 'attended') throw notActive();
  const updated = await updateRegistration(trx, row.center_id, row.id, {
    status: 'cancelled',
    offer_expires_at: null,
  });
  await recordAudit(trx, actor, {
    action: 'event.registration_cancel',
    entity: 'event_registration',
    recordId: row.id,
    details: { eventId: event.id, from: row.status },
  });
  await noteOnTimeline(trx, actor, 'event.cancelled', event, updated);
  if (SEAT_HOLDING.includes(row.status)) {
    await offerFreeSeats(trx, base, event.center_id, event.id, now);
  }
  return updated;
}

/** The person first in line takes the seat held for them, before the offer lapses. */
export async function acceptLocked(
  trx: Db,
  actor: Actor,
  ctx: RegisterContext,
  locked: Locked,
): Promise<RegistrationRow> {
  const { event, row } = locked;
  if (row.status === 'registered' || row.status === 'attended') return row;
  if (row.status === 'offered' && row.offer_expires_at && row.offer_expires_at <= ctx.now) {
    // Lapsed but not yet swept: expire it now and move the line on, then refuse.
    await expireOffersOf(trx, ctx, event, ctx.now);
    throw new AppError('offer_expired');
  }
  if (row.status !== 'offered' || event.status === 'cancelled') throw new AppError('offer_expired');
  const updated = await updateRegistration(trx, row.center_id, row.id, {
    status: 'registered',
    offer_expires_at: null,
    reminded_at: isWithinReminderWindow(event.starts_at, ctx.now, ctx.reminderHoursBefore)
      ? ctx.now
      : null,
  });
  await recordAudit(trx, actor, {
    action: 'event.offer_accept',
    entity: 'event_registration',
    recordId: row.id,
    details: { eventId: event.id },
  });
  await noteOnTimeline(trx, actor, 'event.registered', event, updated);
  await mailRegistration(trx, ctx, 'event.confirmation', event, updated);
  return updated;
}

/**
 * Runs an acceptance (`acceptLocked` inside `work`) in its own transaction. When the offer had
 * lapsed, its expiry and the offer to the next in line commit, and then `offer_expired` is
 * answered: the refusal must not roll back the line moving on. Used by the public link and by
 * the desk alike.
 */
export async function acceptCommittingLapse<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  let lapsed = false;
  const answer = await db.transaction().execute(async (trx) => {
    try {
      return await work(trx);
    } catch (error) {
      if (error instanceof AppError && error.code === 'offer_expired') {
        lapsed = true;
        return undefined;
      }
      throw error;
    }
  });
  if (lapsed || answer === undefined) throw new AppError('offer_expired');
  return answer;
}

/**
 * Check-in (or its undo) on the day, or later from a paper sheet (dated within the event, see
 * `attendanceTime`). A waitlisted person who turns up gets a seat only if one is free: the
 * capacity CHECK decides, as for any registration. Never for a cancelled event.
 */
export async function recordAttendance(
  trx: Db,
  actor: Actor,
  { event, row }: Locked,
  attended: boolean,
  now: Date,
): Promise<RegistrationRow> {
  const center = await findCenterById(trx, event.center_id);
  if (!canRecordAttendance(event.starts_at, now, center?.timezone ?? 'Europe/Athens')) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'registrationId', rule: 'event_not_started' }],
    });
  }
  if (attended === (row.status === 'attended')) return row;
  // Nobody attends a cancelled event; undoing a check-in made before it was cancelled stays open.
  if (attended && event.status === 'cancelled') {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'registrationId', rule: 'event_cancelled' }],
    });
  }
  if (!attended) {
    const undone = await updateRegistration(trx, row.center_id, row.id, {
      status: 'registered',
      attended_at: null,
    });
    await withdrawAttendanceEntry(trx, row.center_id, row.id);
    await recordAudit(trx, actor, {
      action: 'event.attendance_undo',
      entity: 'event_registration',
      recordId: row.id,
      details: { eventId: event.id },
    });
    return undone;
  }
  if (row.status === 'cancelled' || row.status === 'expired') throw notActive();
  let updated: RegistrationRow;
  try {
    updated = await updateRegistration(trx, row.center_id, row.id, {
      status: 'attended',
      attended_at: attendanceTime(now, event.starts_at, event.ends_at),
      offer_expires_at: null,
    });
  } catch (error) {
    if (!isCapacityRefusal(error)) throw error;
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'registrationId', rule: 'event_full' }],
      cause: error,
    });
  }
  await recordAudit(trx, actor, {
    action: 'event.attend',
    entity: 'event_registration',
    recordId: row.id,
    details: { eventId: event.id },
  });
  await noteOnTimeline(trx, actor, 'event.attended', event, updated);
  return updated;
}

/**
 * Links a registration to a resident's file (found by the staff member's search: names, e-mails
 * and phones are shared within families, so no automatic match). From then on it counts for the
 * resident and shows on the timeline.
 */
export async function linkResident(
  trx: Db,
  actor: Actor,
  { event, row }: Locked,
  residentId: string,
): Promise<RegistrationRow> {
  if (row.resident_id === residentId) return row;
  if (row.resident_id) throw new AppError('conflict', { field: 'body.residentId' });
  const resident = await findResidentById(trx, actor.centerId, residentId);
  if (!resident) throw new AppError('not_found', { field: 'body.residentId' });
  let updated: RegistrationRow;
  try {
    updated = await updateRegistration(trx, row.center_id, row.id, { resident_id: residentId });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_registered', { cause: error });
    throw error;
  }
  await recordAudit(trx, actor, {
    action: 'event.registration_link',
    entity: 'event_registration',
    recordId: row.id,
    details: { eventId: event.id, residentId },
  });
  const kind = timelineKindOf(updated);
  if (kind) await noteOnTimeline(trx, actor, kind, event, updated);
  return updated;
}
