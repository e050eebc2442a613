import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { publicActor, publicContact } from '../appointments/booking/public-booking.service.js';
import type { StoredResponse } from '../appointments/booking/booking.tables.js';
import { runOnce } from '../appointments/booking/idempotency.js';
import { verifyLink, type LinkAction } from '../appointments/booking/signed-links.js';
import { cancelUrl } from './event-links.js';
import { isRegistrationOpen } from './event-rules.js';
import {
  findEvent,
  findEventWithLine,
  listPublicEvents,
  lockEvent,
  type EventWithLine,
} from './events.repository.js';
import type { PublicRegisterBody } from './events.schemas.js';
import { presentPublicEvent, presentPublicRegistration } from './events.presenter.js';
import { registerPerson, type RegisterContext } from './register-person.js';
import {
  acceptCommittingLapse,
  acceptLocked,
  cancelLocked,
  lockRegistration,
} from './registration-changes.js';
import {
  findRegistration,
  waitlistPosition,
  type RegistrationRow,
} from './registrations.repository.js';

export interface PublicEventContext extends RegisterContext {
  ip: string | null;
  language: 'el' | 'en';
}

export async function readPublicEvents(db: Db, centerId: string, now = new Date()) {
  const rows = await listPublicEvents(db, centerId, now);
  return { items: rows.map((row) => presentPublicEvent(row, now)) };
}

/** A published (or cancelled: whoever has its address learns so) event; drafts do not exist. */
async function findPublicEvent(db: Db, centerId: string, id: string): Promise<EventWithLine> {
  const row = await findEventWithLine(db, centerId, id);
  if (!row || row.status === 'draft') throw new AppError('not_found');
  return row;
}

export async function readPublicEvent(db: Db, centerId: string, id: string, now = new Date()) {
  return presentPublicEvent(await findPublicEvent(db, centerId, id), now);
}

/**
 * The public form: once per Idempotency-Key. Within the registration window a seat is taken if
 * the database still has one, otherwise the person is put on the waitlist and told their place;
 * outside it (or twice by the same person) a localized error, and nothing changes.
 */
export async function registerPublicly(
  db: Db,
  ctx: PublicEventContext,
  centerId: string,
  eventId: string,
  idempotencyKey: string,
  body: PublicRegisterBody,
): Promise<StoredResponse> {
  const contact = publicContact(body);
  return runOnce(
    db,
    {
      centerId,
      key: idempotencyKey,
      route: `POST /api/public/events/${eventId}/registrations`,
      body,
    },
    (steps) =>
      db.transaction().execute(async (trx) => {
        await steps.claim(trx);
        // The arrival: from here on this registration is decided alone, in lock order.
        const event = await lockEvent(trx, centerId, eventId);
        if (!event || event.status === 'draft') throw new AppError('not_found');
        if (!isRegistrationOpen(event, ctx.now)) throw new AppError('registration_closed');
        const { row, emailed } = await registerPerson(
          trx,
          publicActor(centerId, ctx.ip),
          ctx,
          event,
          {
            ...contact,
            residentId: null,
            language: body.language ?? ctx.language,
            source: 'public',
            consentAt: ctx.now,
          },
        );
        const response = {
          status: 201,
          body: presentPublicRegistration(row, event, {
            position: await waitlistPosition(trx, row),
            emailed,
            cancelUrl: cancelUrl(ctx, event, row),
            now: ctx.now,
          }),
        };
        await steps.store(trx, response);
        return response;
      }),
  );
}

/** The Center a signed link grants one of `actions` on the registration in; else 403. */
function grantOf(ctx: PublicEventContext, id: string, token: string, actions: LinkAction[]) {
  for (const action of actions) {
    const grant = verifyLink(ctx.keyRing, token, { recordId: id, action }, ctx.now);
    if (grant) return grant;
  }
  throw new AppError('link_invalid', { field: 'token' });
}

async function presentByLink(
  db: Db,
  ctx: PublicEventContext,
  row: RegistrationRow,
  withCancel: boolean,
) {
  const event = await findEvent(db, row.center_id, row.event_id);
  if (!event) throw new AppError('link_invalid', { field: 'token' });
  return presentPublicRegistration(row, event, {
    position: await waitlistPosition(db, row),
    emailed: false,
    cancelUrl: withCancel ? cancelUrl(ctx, event, row) : null,
    now: ctx.now,
  });
}

/** What an e-mail's link opens: the registration and its event. */
export async function viewByLink(db: Db, ctx: PublicEventContext, id: string, token: string) {
  const { centerId } = grantOf(ctx, id, token, ['event_cancel', 'event_offer']);
  const row = await findRegistration(db, centerId, id);
  if (!row) throw new AppError('link_invalid', { field: 'token' });
  return presentByLink(db, ctx, row, false);
}

export async function cancelByLink(db: Db, ctx: PublicEventContext, id: string, token: string) {
  const { centerId } = grantOf(ctx, id, token, ['event_cancel', 'event_offer']);
  return db.transaction().execute(async (trx) => {
    const locked = await lockRegistration(trx, centerId, null, id);
    const row = await cancelLocked(trx, publicActor(centerId, ctx.ip), ctx, locked, ctx.now);
    return presentByLink(trx, ctx, row, false);
  });
}

export async function acceptByLink(db: Db, ctx: PublicEventContext, id: string, token: string) {
  const { centerId } = grantOf(ctx, id, token, ['event_offer']);
  return acceptCommittingLapse(db, async (trx) => {
    const locked = await lockRegistration(trx, centerId, null, id);
    const row = await acceptLocked(trx, publicActor(centerId, ctx.ip), ctx, locked);
    return presentByLink(trx, ctx, row, true);
  });
}
