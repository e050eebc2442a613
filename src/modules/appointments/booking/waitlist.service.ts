import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findAppointmentType, listProviderIds } from '../calendar/availability.repository.js';
import { addDays, localDayOf, localToInstant } from '../calendar/time.js';
import { findCenterById } from '../../centers/centers.repository.js';
import { findAppointment } from './appointments.repository.js';
import { bookAppointment, factsOf } from './book-appointment.js';
import type { StoredResponse } from './booking.tables.js';
import type { WaitlistBody } from './booking.schemas.js';
import { appointmentLinks, appointmentMail, presentConfirmation } from './booking.presenter.js';
import { runOnce } from './idempotency.js';
import { enqueueMail } from './outbox.repository.js';
import { publicActor, publicContact, type PublicContext } from './public-booking.service.js';
import { verifyLink } from './signed-links.js';
import { isSlotTaken } from './slot-taken.js';
import { expireWaitlistOffers } from './waitlist-offers.js';
import {
  findWaitlistEntry,
  insertWaitlistEntry,
  updateWaitlistEntry,
} from './waitlist.repository.js';

/** Asks to be told when a slot of the type frees between two local days (both inclusive). */
export async function joinWaitlist(
  db: Db,
  ctx: PublicContext,
  centerId: string,
  idempotencyKey: string,
  body: WaitlistBody,
): Promise<StoredResponse> {
  const contact = publicContact(body);
  const now = ctx.now ?? new Date();
  return runOnce(
    db,
    { centerId, key: idempotencyKey, route: 'POST /api/public/waitlist', body },
    (steps) =>
      db.transaction().execute(async (trx) => {
        await steps.claim(trx);
        const type = await findAppointmentType(trx, centerId, body.typeId);
        if (!type || !type.active || !type.public) throw refusal('body.typeId', 'unknown_type');
        if (body.staffId && !(await listProviderIds(trx, centerId, type)).includes(body.staffId)) {
          throw refusal('body.staffId', 'not_a_provider');
        }
        const center = await findCenterById(trx, centerId);
        if (!center) throw new AppError('not_found');
        const zone = center.timezone;
        if (body.to < body.from) throw refusal('body.to', 'date_order');
        if (body.to < localDayOf(now.getTime(), zone)) throw refusal('body.to', 'period_in_past');
        const dayStart = new Date(localToInstant(body.from, 0, zone));
        const row = await insertWaitlistEntry(trx, {
          center_id: centerId,
          type_id: body.typeId,
          staff_id: body.staffId ?? null,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          language: ctx.language,
          link_origin: ctx.origin,
          wanted_from: dayStart < now ? now : dayStart,
          wanted_to: new Date(localToInstant(addDays(body.to, 1), 0, zone)),
        });
        await recordAudit(trx, publicActor(centerId, ctx.ip), {
          action: 'waitlist.join',
          entity: 'waitlist',
          recordId: row.id,
          details: { typeId: body.typeId, consent: body.consent },
        });
        const response = {
          status: 201,
          body: { id: row.id, status: row.status, from: body.from, to: body.to },
        };
        await steps.store(trx, response);
        return response;
      }),
  );
}

/**
 * Books the slot offered to a waitlist entry through its signed link, if the offer still holds.
 * A second click on the link shows the appointment it already booked.
 */
export async function acceptOffer(db: Db, ctx: PublicContext, id: string, token: string) {
  const now = ctx.now ?? new Date();
  await expireWaitlistOffers(db, now, ctx.keyRing);
  const grant = verifyLink(ctx.keyRing, token, { recordId: id, action: 'waitlist_accept' }, now);
  const entry = grant && (await findWaitlistEntry(db, grant.centerId, id));
  if (!grant || !entry) throw new AppError('link_invalid', { field: 'body.token' });
  const centerId = grant.centerId;
  if (entry.status === 'booked' && entry.appointment_id) {
    const row = await findAppointment(db, centerId, entry.appointment_id);
    if (row) return presentConfirmation(await factsOf(db, centerId, row), null);
  }
  const slot = offerOf(entry, now);
  try {
    const facts = await bookAppointment(
      db,
      publicActor(centerId, ctx.ip),
      { ...slot, publicOnly: true, now, heldFor: entry.id },
      { residentId: null, name: entry.name, phone: entry.phone, email: entry.email, reason: null },
      {
        before: async (trx) => {
          const locked = await findWaitlistEntry(trx, centerId, id, { lock: true });
          if (!locked) throw new AppError('link_invalid', { field: 'body.token' });
          offerOf(locked, now);
        },
        after: async (trx, booked) => {
          await updateWaitlistEntry(trx, centerId, id, {
            status: 'booked',
            appointment_id: booked.row.id,
          });
          if (entry.email) {
            const links = appointmentLinks(ctx, booked.row);
            const mail = appointmentMail('appointment.confirmed', booked, entry.language, links);
            await enqueueMail(trx, { ...mail, to: entry.email });
          }
        },
      },
    );
    return presentConfirmation(facts, appointmentLinks(ctx, facts.row));
  } catch (error) {
    // Someone took the held slot anyway (the hold is a check; the constraint decides): the
    // person keeps their place in line for the next slot.
    if (isSlotTaken(error)) {
      await updateWaitlistEntry(db, centerId, id, {
        status: 'waiting',
        offered_staff_id: null,
        offered_starts_at: null,
        offered_ends_at: null,
        offer_expires_at: null,
      });
    }
    throw error;
  }
}

function offerOf(
  entry: Awaited<ReturnType<typeof findWaitlistEntry>> & object,
  now: Date,
): { typeId: string; staffId: string; startsAt: Date } {
  const expires = entry.offer_expires_at;
  if (entry.status !== 'offered' || !expires || expires <= now || !entry.offered_starts_at) {
    throw new AppError('offer_expired');
  }
  return {
    typeId: entry.type_id,
    staffId: entry.offered_staff_id ?? '',
    startsAt: entry.offered_starts_at,
  };
}

function refusal(field: string, rule: string): AppError {
  return new AppError('validation_failed', { fieldErrors: [{ field, rule }] });
}
