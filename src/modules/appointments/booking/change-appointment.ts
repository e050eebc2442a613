import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Language } from '../../../server/i18n/language.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { addTimelineEntry } from '../../timeline/timeline.service.js';
import { assertBookable } from '../calendar/availability.service.js';
import {
  findAppointment,
  updateAppointment,
  type AppointmentRow,
} from './appointments.repository.js';
import { factsOf, timelineDetails, type BookedFacts } from './book-appointment.js';
import { appointmentLinks, appointmentMail, type LinkContext } from './booking.presenter.js';
import { enqueueMail } from './outbox.repository.js';
import { assertNotHeld, isSlotTaken, slotTakenError } from './slot-taken.js';
import { expireWaitlistOffers, offerFreedSlot } from './waitlist-offers.js';

export interface ChangeContext extends LinkContext {
  language: Language;
  now: Date;
  /** Public changes (signed links) may only move to public slots. */
  publicOnly: boolean;
}

/** Opens an appointment for a change: locked, and still booked (not arrived, gone or cancelled). */
async function openBooked(trx: Db, actor: Actor, id: string): Promise<AppointmentRow> {
  const row = await findAppointment(trx, actor.centerId, id, { lock: true });
  if (!row) throw new AppError('not_found');
  if (row.status !== 'booked') {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'params.id', rule: 'appointment_not_active' }],
    });
  }
  return row;
}

/**
 * Cancels; the freed slot goes to the first person on the waitlist in the same transaction.
 * Cancelling an already cancelled appointment changes nothing (a double click, a retried link).
 */
export async function cancelAppointment(
  db: Db,
  actor: Actor,
  id: string,
  ctx: ChangeContext,
): Promise<BookedFacts> {
  await expireWaitlistOffers(db, ctx.now, ctx.keyRing);
  return db.transaction().execute(async (trx) => {
    const current = await findAppointment(trx, actor.centerId, id, { lock: true });
    if (current?.status === 'cancelled') return factsOf(trx, actor.centerId, current);
    const row = await openBooked(trx, actor, id);
    const updated = await updateAppointment(trx, actor.centerId, id, { status: 'cancelled' });
    await recordAudit(trx, actor, {
      action: 'appointment.cancel',
      entity: 'appointment',
      recordId: id,
    });
    await timeline(trx, actor, updated, 'appointment.cancelled');
    const facts = await factsOf(trx, actor.centerId, updated);
    await mailResident(trx, 'appointment.cancelled', facts, ctx.language, null);
    await offerFreedSlot(trx, ctx.keyRing, actor.centerId, freed(row), ctx.now);
    return facts;
  });
}

/** Moves to another time (and staff member); the old slot is offered to the waitlist. */
export async function moveAppointment(
  db: Db,
  actor: Actor,
  id: string,
  target: { startsAt: Date; staffId?: string },
  ctx: ChangeContext,
): Promise<BookedFacts> {
  await expireWaitlistOffers(db, ctx.now, ctx.keyRing);
  let typeId: string | undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await openBooked(trx, actor, id);
      typeId = row.type_id;
      const slot = await assertBookable(trx, actor.centerId, {
        typeId: row.type_id,
        staffId: target.staffId ?? row.staff_id,
        startsAt: target.startsAt,
        now: ctx.now,
        publicOnly: ctx.publicOnly,
        excludeAppointmentId: row.id,
      });
      await assertNotHeld(trx, actor.centerId, slot, { now: ctx.now });
      const updated = await updateAppointment(trx, actor.centerId, id, {
        staff_id: slot.staffId,
        starts_at: slot.startsAt,
        ends_at: slot.endsAt,
        blocked_until: slot.blockedUntil,
      });
      await recordAudit(trx, actor, {
        action: 'appointment.move',
        entity: 'appointment',
        recordId: id,
        details: { from: row.starts_at.toISOString(), to: slot.startsAt.toISOString() },
      });
      await timeline(trx, actor, updated, 'appointment.moved');
      const facts = await factsOf(trx, actor.centerId, updated);
      await mailResident(
        trx,
        'appointment.moved',
        facts,
        ctx.language,
        appointmentLinks(ctx, updated),
      );
      await offerFreedSlot(trx, ctx.keyRing, actor.centerId, freed(row), ctx.now);
      return facts;
    });
  } catch (error) {
    if (!isSlotTaken(error) || !typeId) throw error;
    throw await slotTakenError(db, actor.centerId, {
      typeId,
      startsAt: target.startsAt,
      staffId: target.staffId,
      publicOnly: ctx.publicOnly,
      now: ctx.now,
    });
  }
}

async function mailResident(
  trx: Db,
  kind: 'appointment.cancelled' | 'appointment.moved',
  facts: BookedFacts,
  language: Language,
  links: { cancelUrl: string; moveUrl: string } | null,
) {
  const to = facts.row.contact_email;
  if (to) await enqueueMail(trx, { ...appointmentMail(kind, facts, language, links), to });
}

async function timeline(trx: Db, actor: Actor, row: AppointmentRow, kind: string) {
  if (!row.resident_id) return;
  await addTimelineEntry(trx, actor, {
    residentId: row.resident_id,
    kind,
    sourceId: row.id,
    details: timelineDetails(row),
  });
}

function freed(row: AppointmentRow) {
  return {
    typeId: row.type_id,
    staffId: row.staff_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  };
}
