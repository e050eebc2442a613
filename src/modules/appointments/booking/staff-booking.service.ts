import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import { normalizeGreekPhone } from '../../../lib/identifiers.js';
import type { Language } from '../../../server/i18n/language.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findCenterById } from '../../centers/centers.repository.js';
import { findResidentById } from '../../residents/residents.repository.js';
import { localDayOf } from '../calendar/time.js';
import { listAgenda } from './appointments.repository.js';
import { bookAppointment } from './book-appointment.js';
import { localDayInterval, localWeekInterval } from './booking-time.js';
import {
  appointmentLinks,
  appointmentMail,
  presentAgendaItem,
  presentConfirmation,
  type LinkContext,
} from './booking.presenter.js';
import type { AgendaQuery, Confirmation, StaffBookBody } from './booking.schemas.js';
import { enqueueMail } from './outbox.repository.js';

export interface StaffContext extends LinkContext {
  language: Language;
  now?: Date;
}

/**
 * Reception books a walk-in or a phone call, linked to the resident's file when there is one
 * (name and contact then default to the file's). Types not offered to the public can be booked.
 */
export async function bookForResident(
  db: Db,
  actor: Actor,
  ctx: StaffContext,
  body: StaffBookBody,
): Promise<Confirmation> {
  const resident = body.residentId
    ? await findResidentById(db, actor.centerId, body.residentId)
    : undefined;
  if (body.residentId && !resident) throw new AppError('not_found', { field: 'body.residentId' });
  const name = body.name?.trim() || (resident ? `${resident.surname} ${resident.given_name}` : '');
  if (!name) refuse('body.name', 'required');
  const phoneInput = body.phone?.trim();
  const phone = phoneInput ? normalizeGreekPhone(phoneInput) : null;
  if (phoneInput && !phone) refuse('body.phone', 'phone_format');
  const email = body.email?.trim().toLowerCase() || resident?.email || null;
  const links = { current: null as { cancelUrl: string; moveUrl: string } | null };
  const facts = await bookAppointment(
    db,
    actor,
    {
      typeId: body.typeId,
      startsAt: new Date(body.startsAt),
      staffId: body.staffId,
      publicOnly: false,
      now: ctx.now ?? new Date(),
    },
    {
      residentId: resident?.id ?? null,
      name,
      phone: phone?.e164 ?? resident?.mobile_phone ?? null,
      email,
      reason: body.reason?.trim() || null,
    },
    {
      after: async (trx, booked) => {
        links.current = appointmentLinks(ctx, booked.row);
        if (!email) return;
        const mail = appointmentMail('appointment.confirmed', booked, ctx.language, links.current);
        await enqueueMail(trx, { ...mail, to: email });
      },
    },
  );
  return presentConfirmation(facts, links.current);
}

/** A day's or a week's agenda (the Center's days), of everyone or one staff member. */
export async function readAgenda(db: Db, actor: Actor, query: AgendaQuery, now = new Date()) {
  const center = await findCenterById(db, actor.centerId);
  if (!center) throw new AppError('not_found');
  const zone = center.timezone;
  const period = query.week
    ? localWeekInterval(query.week, zone)
    : localDayInterval(query.day ?? localDayOf(now.getTime(), zone), zone);
  return db.transaction().execute(async (trx) => {
    const rows = await listAgenda(trx, actor.centerId, { ...period, staffId: query.staffId });
    await recordAudit(trx, actor, {
      action: 'appointment.list',
      entity: 'appointment',
      details: { from: period.from.toISOString(), to: period.to.toISOString(), count: rows.length },
    });
    return {
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      items: rows.map(presentAgendaItem),
    };
  });
}

/** Every appointment of a resident's file, for the file's «Ραντεβού» section (an audited read). */
export async function readResidentAppointments(db: Db, actor: Actor, residentId: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const rows = await listAgenda(trx, actor.centerId, { residentId });
    await recordAudit(trx, actor, {
      action: 'resident.appointments.read',
      entity: 'resident',
      recordId: residentId,
    });
    return { items: rows.map(presentAgendaItem).reverse() };
  });
}

function refuse(field: string, rule: string): never {
  throw new AppError('validation_failed', { fieldErrors: [{ field, rule }] });
}
