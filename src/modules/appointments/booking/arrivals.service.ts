import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findCenterById } from '../../centers/centers.repository.js';
import { insertRequest } from '../../requests/requests.repository.js';
import { findResidentById } from '../../residents/residents.repository.js';
import { addTimelineEntry } from '../../timeline/timeline.service.js';
import { localDayOf } from '../calendar/time.js';
import { findAppointment, findBookingType, updateAppointment } from './appointments.repository.js';
import { factsOf, timelineDetails, type BookedFacts } from './book-appointment.js';

function refusal(field: string, rule: string): AppError {
  return new AppError('validation_failed', { fieldErrors: [{ field, rule }] });
}

/**
 * The resident arrived: the appointment is checked in and the visit is logged in the request log
 * (in person, under the reception axis: appointment types carry no axis of their own) and on
 * the resident's timeline, all in one transaction. An unlinked public booking can be linked to
 * the resident's file here.
 */
export async function checkIn(
  db: Db,
  actor: Actor,
  id: string,
  input: { residentId?: string },
  now = new Date(),
): Promise<BookedFacts> {
  const staffId = actor.staffId;
  if (!staffId) throw new AppError('not_signed_in');
  return db.transaction().execute(async (trx) => {
    const row = await findAppointment(trx, actor.centerId, id, { lock: true });
    if (!row) throw new AppError('not_found');
    if (row.status !== 'booked') throw refusal('params.id', 'appointment_not_active');
    const center = await findCenterById(trx, actor.centerId);
    const zone = center?.timezone ?? 'Europe/Athens';
    if (localDayOf(row.starts_at.getTime(), zone) !== localDayOf(now.getTime(), zone)) {
      throw refusal('params.id', 'not_today');
    }
    const residentId = input.residentId ?? row.resident_id;
    if (residentId && !(await findResidentById(trx, actor.centerId, residentId))) {
      throw new AppError('not_found', { field: 'body.residentId' });
    }
    const type = await findBookingType(trx, actor.centerId, row.type_id);
    const updated = await updateAppointment(trx, actor.centerId, id, {
      status: 'checked_in',
      resident_id: residentId,
    });
    const request = await insertRequest(trx, {
      center_id: actor.centerId,
      resident_id: residentId,
      occurred_at: now,
      channel: 'in_person',
      axis: 'reception',
      subject: (type?.name_el ?? 'Ραντεβού').slice(0, 200),
      outcome: 'answered',
      duration_minutes: type?.duration_minutes ?? 0,
      notes: null,
      staff_id: staffId,
    });
    await recordAudit(trx, actor, {
      action: 'appointment.check_in',
      entity: 'appointment',
      recordId: id,
      details: { requestId: request.id },
    });
    if (residentId) {
      await addTimelineEntry(trx, actor, {
        residentId,
        kind: 'appointment.checked_in',
        occurredAt: now,
        sourceId: id,
        details: { ...timelineDetails(updated), requestId: request.id },
      });
    }
    return factsOf(trx, actor.centerId, updated);
  });
}

/** The resident did not come. Only once the time has come; the slot is then no longer held. */
export async function markNoShow(
  db: Db,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<BookedFacts> {
  return db.transaction().execute(async (trx) => {
    const row = await findAppointment(trx, actor.centerId, id, { lock: true });
    if (!row) throw new AppError('not_found');
    if (row.status !== 'booked') throw refusal('params.id', 'appointment_not_active');
    if (row.starts_at > now) throw refusal('params.id', 'not_started');
    const updated = await updateAppointment(trx, actor.centerId, id, { status: 'no_show' });
    await recordAudit(trx, actor, {
      action: 'appointment.no_show',
      entity: 'appointment',
      recordId: id,
    });
    if (updated.resident_id) {
      await addTimelineEntry(trx, actor, {
        residentId: updated.resident_id,
        kind: 'appointment.no_show',
        sourceId: id,
        details: timelineDetails(updated),
      });
    }
    return factsOf(trx, actor.centerId, updated);
  });
}
