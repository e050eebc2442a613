import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { LinkBase } from './event-links.js';
import { mailRegistration, noteOnTimeline } from './event-notices.js';
import { isWithinReminderWindow, personKey } from './event-rules.js';
import type { EventRegistrationsTable } from './events.tables.js';
import type { EventRow } from './events.repository.js';
import {
  findLiveRegistration,
  hasWaitlist,
  insertRegistration,
  type RegistrationRow,
} from './registrations.repository.js';

const CHECK_VIOLATION = '23514';
const UNIQUE_VIOLATION = '23505';

export interface Person {
  name: string;
  email: string | null;
  phone: string | null;
  residentId: string | null;
  language: 'el' | 'en';
  source: 'public' | 'staff';
  consentAt: Date | null;
}

export interface RegisterContext extends LinkBase {
  now: Date;
  reminderHoursBefore: number;
}

export interface Registered {
  row: RegistrationRow;
  emailed: boolean;
}

/**
 * Registers one person for an event whose row lock the caller holds (`lockEvent`), so this runs
 * for one registration of the event at a time, in arrival order. The seat is the database's to
 * give: the insert asks for one, the trigger counts it, and when the count would pass the
 * capacity the CHECK refuses it (23514) and the person goes to the waitlist instead. While
 * anyone waits, a newcomer joins the end of the line even if a seat is free: after the start no
 * offer can be made, and the free seat belongs to the first waiting, not the next to ask (ADR
 * 0013).
 */
export async function registerPerson(
  trx: Db,
  actor: Actor,
  ctx: RegisterContext,
  event: EventRow,
  person: Person,
): Promise<Registered> {
  const key = personKey(person);
  if (
    await findLiveRegistration(trx, event.center_id, event.id, {
      personKey: key,
      residentId: person.residentId,
    })
  ) {
    throw new AppError('already_registered');
  }
  const values: Insertable<EventRegistrationsTable> = {
    center_id: event.center_id,
    event_id: event.id,
    resident_id: person.residentId,
    name: person.name,
    email: person.email,
    phone: person.phone,
    person_key: key,
    language: person.language,
    source: person.source,
    status: 'registered',
    consent_at: person.consentAt,
    link_origin: ctx.origin,
    registered_by: actor.staffId,
    // A confirmation sent inside the reminder window is the reminder.
    reminded_at: isWithinReminderWindow(event.starts_at, ctx.now, ctx.reminderHoursBefore)
      ? ctx.now
      : null,
  };
  const row = (await hasWaitlist(trx, event.center_id, event.id))
    ? await insertWaiting(trx, values)
    : await insertTakingSeat(trx, values);
  await recordAudit(trx, actor, {
    action: 'event.register',
    entity: 'event_registration',
    recordId: row.id,
    details: { eventId: event.id, status: row.status, source: person.source },
  });
  const seated = row.status === 'registered';
  await noteOnTimeline(trx, actor, seated ? 'event.registered' : 'event.waitlisted', event, row);
  const kind = seated ? 'event.confirmation' : 'event.waitlisted';
  const emailed = await mailRegistration(trx, ctx, kind, event, row);
  return { row, emailed };
}

async function insertWaiting(
  trx: Db,
  values: Insertable<EventRegistrationsTable>,
): Promise<RegistrationRow> {
  try {
    return await insertRegistration(trx, { ...values, status: 'waitlisted', reminded_at: null });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_registered', { cause: error });
    throw error;
  }
}

/** Inserts with a seat, or, when the capacity CHECK refuses it, on the waitlist. */
async function insertTakingSeat(
  trx: Db,
  values: Insertable<EventRegistrationsTable>,
): Promise<RegistrationRow> {
  await sql`SAVEPOINT take_seat`.execute(trx);
  try {
    const row = await insertRegistration(trx, values);
    await sql`RELEASE SAVEPOINT take_seat`.execute(trx);
    return row;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT take_seat`.execute(trx);
    if (isCapacityRefusal(error)) {
      return insertRegistration(trx, { ...values, status: 'waitlisted', reminded_at: null });
    }
    if (isUniqueViolation(error)) throw new AppError('already_registered', { cause: error });
    throw error;
  }
}

/** The CHECK of 0017 refusing a seat beyond the capacity. */
export function isCapacityRefusal(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown };
  return e.code === CHECK_VIOLATION && e.constraint === 'events_within_capacity';
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
