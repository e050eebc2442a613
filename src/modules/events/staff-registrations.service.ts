import type { Db } from '../../db/connection.js';
import { AppError, type FieldError } from '../../lib/app-error.js';
import { normalizeGreekPhone } from '../../lib/identifiers.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findResidentById } from '../residents/residents.repository.js';
import { lockEvent } from './events.repository.js';
import type { StaffRegisterBody } from './events.schemas.js';
import { presentRegistration } from './events.presenter.js';
import { registerPerson, type RegisterContext } from './register-person.js';
import {
  acceptCommittingLapse,
  acceptLocked,
  cancelLocked,
  linkResident,
  lockRegistration,
  recordAttendance,
} from './registration-changes.js';
import {
  listRegistrations,
  waitlistPosition,
  type RegistrationRow,
} from './registrations.repository.js';

async function present(trx: Db, row: RegistrationRow) {
  return presentRegistration({ ...row, position: await waitlistPosition(trx, row) });
}

/** Who registered and who waits, in arrival order; a list of people, so the read is audited. */
export async function readRegistrations(db: Db, actor: Actor, eventId: string) {
  return db.transaction().execute(async (trx) => {
    const rows = await listRegistrations(trx, actor.centerId, eventId);
    if (rows.length === 0 && !(await lockEventForRead(trx, actor.centerId, eventId))) {
      throw new AppError('not_found');
    }
    await recordAudit(trx, actor, {
      action: 'event.registrations.read',
      entity: 'event',
      recordId: eventId,
    });
    return { items: rows.map(presentRegistration) };
  });
}

async function lockEventForRead(trx: Db, centerId: string, eventId: string) {
  return trx
    .selectFrom('events')
    .select('id')
    .where('center_id', '=', centerId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/**
 * The desk registers someone: a resident by file (name and contact from the file unless given)
 * or a person without one. Staff may register while the event is in draft or after the public
 * form closed (phone registrations), until it ends; never for a cancelled event.
 */
export async function registerByStaff(
  db: Db,
  actor: Actor,
  ctx: RegisterContext,
  eventId: string,
  body: StaffRegisterBody,
) {
  return db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, actor.centerId, eventId);
    if (!event) throw new AppError('not_found');
    if (event.status === 'cancelled' || event.ends_at <= ctx.now) {
      throw new AppError('registration_closed');
    }
    const person = await personOf(trx, actor, body);
    const { row } = await registerPerson(trx, actor, ctx, event, {
      ...person,
      language: 'el',
      source: 'staff',
      consentAt: null,
    });
    return present(trx, row);
  });
}

async function personOf(trx: Db, actor: Actor, body: StaffRegisterBody) {
  const errors: FieldError[] = [];
  const phone = body.phone?.trim() ? normalizeGreekPhone(body.phone) : null;
  if (body.phone?.trim() && !phone) errors.push({ field: 'body.phone', rule: 'phone_format' });
  const email = body.email?.trim().toLowerCase() || null;
  if (body.residentId) {
    if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
    const resident = await findResidentById(trx, actor.centerId, body.residentId);
    if (!resident || resident.anonymised_at) {
      throw new AppError('not_found', { field: 'body.residentId' });
    }
    return {
      residentId: resident.id,
      name: body.name?.trim() || `${resident.given_name} ${resident.surname}`,
      email: email ?? resident.email?.toLowerCase() ?? null,
      phone: phone?.e164 ?? resident.mobile_phone ?? null,
    };
  }
  const name = body.name?.trim() ?? '';
  if (!name) errors.push({ field: 'body.name', rule: 'required' });
  if (!phone && !email && !body.phone?.trim()) {
    errors.push({ field: 'body.phone', rule: 'contact_required' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
  return { residentId: null, name, email, phone: phone?.e164 ?? null };
}

export async function cancelByStaff(
  db: Db,
  actor: Actor,
  ctx: RegisterContext,
  eventId: string,
  registrationId: string,
) {
  return db.transaction().execute(async (trx) => {
    const locked = await lockRegistration(trx, actor.centerId, eventId, registrationId);
    return present(trx, await cancelLocked(trx, actor, ctx, locked, ctx.now));
  });
}

/**
 * Staff take an offered seat on the person's behalf (they said yes on the phone). An offer that
 * has lapsed is expired and the seat offered to the next in line (committed), then refused.
 */
export async function confirmOfferByStaff(
  db: Db,
  actor: Actor,
  ctx: RegisterContext,
  eventId: string,
  registrationId: string,
) {
  return acceptCommittingLapse(db, async (trx) => {
    const locked = await lockRegistration(trx, actor.centerId, eventId, registrationId);
    return present(trx, await acceptLocked(trx, actor, ctx, locked));
  });
}

export async function attendByStaff(
  db: Db,
  actor: Actor,
  eventId: string,
  registrationId: string,
  attended: boolean,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const locked = await lockRegistration(trx, actor.centerId, eventId, registrationId);
    return present(trx, await recordAttendance(trx, actor, locked, attended, now));
  });
}

export async function linkByStaff(
  db: Db,
  actor: Actor,
  eventId: string,
  registrationId: string,
  residentId: string,
) {
  return db.transaction().execute(async (trx) => {
    const locked = await lockRegistration(trx, actor.centerId, eventId, registrationId);
    return present(trx, await linkResident(trx, actor, locked, residentId));
  });
}
