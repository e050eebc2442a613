import type { Db } from '../../../db/connection.js';
import { AppError, type FieldError } from '../../../lib/app-error.js';
import { normalizeGreekPhone } from '../../../lib/identifiers.js';
import type { Language } from '../../../server/i18n/language.js';
import type { Actor } from '../../auth/actor.js';
import { findCenterBySlug, findFirstCenter } from '../../centers/centers.repository.js';
import { bookAppointment } from './book-appointment.js';
import type { StoredResponse } from './booking.tables.js';
import type { PublicBookBody } from './booking.schemas.js';
import {
  appointmentLinks,
  appointmentMail,
  presentConfirmation,
  type LinkContext,
} from './booking.presenter.js';
import { runOnce } from './idempotency.js';
import { enqueueMail } from './outbox.repository.js';

export interface PublicContext extends LinkContext {
  ip: string | null;
  language: Language;
  now?: Date;
}

/** The Center a public request is for: the one named, or the deployment's only/first one. */
export async function publicCenterId(db: Db, slug: string | undefined): Promise<string> {
  const center = slug ? await findCenterBySlug(db, slug) : await findFirstCenter(db);
  if (!center) throw new AppError('not_found', { field: 'querystring.center' });
  return center.id;
}

export function publicActor(centerId: string, ip: string | null): Actor {
  return { centerId, staffId: null, role: null, ip };
}

/**
 * The public wizard's booking: once per Idempotency-Key, with the confirmation e-mail (and its
 * .ics) written to the outbox in the booking's transaction and the answer stored for replays.
 */
export async function bookPublicly(
  db: Db,
  ctx: PublicContext,
  centerId: string,
  idempotencyKey: string,
  body: PublicBookBody,
): Promise<StoredResponse> {
  const contact = publicContact(body);
  const now = ctx.now ?? new Date();
  return runOnce(
    db,
    { centerId, key: idempotencyKey, route: 'POST /api/public/appointments', body },
    async (steps) => {
      let response: StoredResponse | undefined;
      await bookAppointment(
        db,
        publicActor(centerId, ctx.ip),
        {
          typeId: body.typeId,
          startsAt: new Date(body.startsAt),
          staffId: body.staffId,
          publicOnly: true,
          now,
        },
        { residentId: null, ...contact, reason: body.reason?.trim() || null },
        {
          before: steps.claim,
          after: async (trx, facts) => {
            const links = appointmentLinks(ctx, facts.row);
            if (contact.email) {
              const mail = appointmentMail('appointment.confirmed', facts, ctx.language, links);
              await enqueueMail(trx, { ...mail, to: contact.email });
            }
            response = { status: 201, body: presentConfirmation(facts, links) };
            await steps.store(trx, response);
          },
        },
      );
      if (!response) throw new AppError('internal');
      return response;
    },
  );
}

/** A name, and a valid phone or e-mail: the Center must be able to reach the person. */
export function publicContact(body: { name: string; phone?: string; email?: string }) {
  const errors: FieldError[] = [];
  const name = body.name.trim();
  if (!name) errors.push({ field: 'body.name', rule: 'required' });
  const phone = body.phone?.trim() ? normalizeGreekPhone(body.phone) : null;
  if (body.phone?.trim() && !phone) errors.push({ field: 'body.phone', rule: 'phone_format' });
  const email = body.email?.trim().toLowerCase() || null;
  if (!body.phone?.trim() && !email) errors.push({ field: 'body.phone', rule: 'contact_required' });
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
  return { name, phone: phone?.e164 ?? null, email };
}
