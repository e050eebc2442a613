import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { LinkBase } from './event-links.js';
import { mailRegistration } from './event-notices.js';
import { eventInputErrors, isWithinReminderWindow, LIVE } from './event-rules.js';
import {
  findEventWithLine,
  insertEvent,
  listEvents,
  lockEvent,
  updateEventVersioned,
  type EventRow,
} from './events.repository.js';
import type { EventInput, EventUpdate, EventView } from './events.schemas.js';
import { presentEvent } from './events.presenter.js';
import { isCapacityRefusal } from './register-person.js';
import { markReminded } from './reminders.repository.js';
import { listRegistrations, resetForNewTime } from './registrations.repository.js';
import { offerFreeSeats } from './waitlist-offers.js';

/** Links for e-mails, and the reminder window (when known) so a notice can count as reminder. */
type NoticeBase = LinkBase & { reminderHoursBefore?: number };

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : null);

function columnsOf(input: EventInput) {
  const values = {
    title_el: input.titleEl.trim(),
    title_en: blank(input.titleEn),
    description_el: input.descriptionEl?.trim() ?? '',
    description_en: blank(input.descriptionEn),
    audience_el: blank(input.audienceEl),
    audience_en: blank(input.audienceEn),
    place: blank(input.place),
    online_url: blank(input.onlineUrl),
    starts_at: new Date(input.startsAt),
    ends_at: new Date(input.endsAt),
    capacity: input.capacity,
    registration_opens_at: new Date(input.registrationOpensAt),
    registration_closes_at: new Date(input.registrationClosesAt),
    offer_hours: input.offerHours ?? 24,
  };
  const errors = eventInputErrors({
    startsAt: values.starts_at,
    endsAt: values.ends_at,
    registrationOpensAt: values.registration_opens_at,
    registrationClosesAt: values.registration_closes_at,
    place: values.place,
    onlineUrl: values.online_url,
  });
  if (!values.title_el) errors.unshift({ field: 'body.titleEl', rule: 'required' });
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
  return values;
}

async function viewOf(db: Db, centerId: string, id: string, now: Date): Promise<EventView> {
  const row = await findEventWithLine(db, centerId, id);
  if (!row) throw new AppError('not_found');
  return presentEvent(row, now);
}

export async function createEvent(db: Db, actor: Actor, input: EventInput, now = new Date()) {
  const values = columnsOf(input);
  return db.transaction().execute(async (trx) => {
    const row = await insertEvent(trx, {
      ...values,
      center_id: actor.centerId,
      created_by: actor.staffId,
    });
    await recordAudit(trx, actor, { action: 'event.create', entity: 'event', recordId: row.id });
    return viewOf(trx, actor.centerId, row.id, now);
  });
}

/**
 * Edits an event at the version the editor saw. Lowering the capacity below the seats already
 * given is refused by the database's CHECK; raising it offers the new seats to the waitlist;
 * moving its time tells the people registered (and reminds them again of the new date).
 */
export async function updateEvent(
  db: Db,
  actor: Actor,
  base: NoticeBase,
  id: string,
  input: EventUpdate,
  now = new Date(),
) {
  const values = columnsOf(input);
  return db.transaction().execute(async (trx) => {
    const before = await lockEvent(trx, actor.centerId, id);
    if (!before) throw new AppError('not_found');
    let row: EventRow | undefined;
    try {
      row = await updateEventVersioned(trx, actor.centerId, id, input.version, values);
    } catch (error) {
      if (!isCapacityRefusal(error)) throw error;
      throw new AppError('validation_failed', {
        fieldErrors: [
          {
            field: 'body.capacity',
            rule: 'capacity_below_taken',
            params: { taken: before.seats_taken },
          },
        ],
        cause: error,
      });
    }
    if (!row) throw new AppError('stale_record');
    await recordAudit(trx, actor, { action: 'event.update', entity: 'event', recordId: id });
    if (row.capacity > before.capacity) await offerFreeSeats(trx, base, actor.centerId, id, now);
    if (
      row.starts_at.getTime() !== before.starts_at.getTime() ||
      row.ends_at.getTime() !== before.ends_at.getTime()
    ) {
      await announceNewTime(trx, base, row, now);
    }
    return viewOf(trx, actor.centerId, id, now);
  });
}

/**
 * The event moved: the reminder goes again for the new date, and everyone registered or waiting
 * who gave an e-mail is told the new time (a published event's; a draft has told nobody yet).
 * Inside the reminder window that notice is the reminder, as a confirmation is.
 */
async function announceNewTime(trx: Db, base: NoticeBase, event: EventRow, now: Date) {
  const live = await resetForNewTime(trx, event.center_id, event.id, event.starts_at);
  if (event.status !== 'published') return;
  const hours = base.reminderHoursBefore;
  for (const registration of live) {
    const mailed = await mailRegistration(trx, base, 'event.rescheduled', event, registration);
    if (
      mailed &&
      registration.status === 'registered' &&
      hours !== undefined &&
      isWithinReminderWindow(event.starts_at, now, hours)
    ) {
      await markReminded(trx, event.center_id, registration.id, now);
    }
  }
}

export async function publishEvent(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, actor.centerId, id);
    if (!event) throw new AppError('not_found');
    if (event.status !== 'draft') {
      throw new AppError('invalid_transition', { params: { from: event.status, to: 'published' } });
    }
    const row = await updateEventVersioned(trx, actor.centerId, id, version, {
      status: 'published',
    });
    if (!row) throw new AppError('stale_record');
    await recordAudit(trx, actor, { action: 'event.publish', entity: 'event', recordId: id });
    return viewOf(trx, actor.centerId, id, now);
  });
}

/**
 * Cancels the event: registration closes, offers stop, and everyone registered or waiting who
 * gave an e-mail is told (with a cancelling .ics for their calendar). Registrations keep their
 * status, so the record shows who had registered.
 */
export async function cancelEvent(
  db: Db,
  actor: Actor,
  base: LinkBase,
  id: string,
  version: number,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, actor.centerId, id);
    if (!event) throw new AppError('not_found');
    if (event.status === 'cancelled') {
      throw new AppError('invalid_transition', { params: { from: 'cancelled', to: 'cancelled' } });
    }
    const row = await updateEventVersioned(trx, actor.centerId, id, version, {
      status: 'cancelled',
    });
    if (!row) throw new AppError('stale_record');
    await recordAudit(trx, actor, { action: 'event.cancel', entity: 'event', recordId: id });
    if (event.status === 'published') {
      for (const registration of await listRegistrations(trx, actor.centerId, id)) {
        if (LIVE.includes(registration.status)) {
          await mailRegistration(trx, base, 'event.cancelled', row, registration);
        }
      }
    }
    return viewOf(trx, actor.centerId, id, now);
  });
}

export async function readEvents(
  db: Db,
  actor: Actor,
  when: 'upcoming' | 'past',
  now = new Date(),
) {
  const rows = await listEvents(db, actor.centerId, when, now);
  return { items: rows.map((row) => presentEvent(row, now)) };
}

export async function readEvent(db: Db, actor: Actor, id: string, now = new Date()) {
  return viewOf(db, actor.centerId, id, now);
}
