import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { enqueueMail } from '../appointments/booking/outbox.repository.js';
import { findCenterById } from '../centers/centers.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { cancelUrl, offerUrl, type LinkBase } from './event-links.js';
import { composeEventMail, composeOfferSms, type EventMailKind } from './event-mail.js';
import type { EventRow } from './events.repository.js';
import { waitlistPosition, type RegistrationRow } from './registrations.repository.js';

/**
 * Queues one e-mail about a registration in the caller's transaction (the outbox): it exists
 * only if the change it announces commits, and the messaging worker sends it afterwards, with
 * retries while the mail server is down. A person who left only a phone gets the seat offer by
 * SMS (it must be answered in time); nothing else is queued for them.
 */
export async function mailRegistration(
  trx: Db,
  base: LinkBase,
  kind: EventMailKind,
  event: EventRow,
  row: RegistrationRow,
): Promise<boolean> {
  if (!row.email && !(kind === 'event.offer' && row.phone)) return false;
  const center = await findCenterById(trx, row.center_id);
  if (!center) throw new AppError('not_found');
  if (!row.email) {
    const acceptUrl = offerUrl(base, event, row);
    if (!acceptUrl) return false;
    await enqueueMail(trx, composeOfferSms({ event, center, registration: row, acceptUrl }));
    return true;
  }
  const mail = composeEventMail({
    kind,
    event,
    center,
    registration: row,
    position: await waitlistPosition(trx, row),
    links: {
      cancel: kind === 'event.cancelled' ? null : cancelUrl(base, event, row),
      accept: kind === 'event.offer' ? offerUrl(base, event, row) : null,
    },
  });
  await enqueueMail(trx, mail);
  return true;
}

export type EventTimelineKind =
  'event.registered' | 'event.waitlisted' | 'event.attended' | 'event.cancelled';

/** Puts the registration on the resident's timeline, when it is linked to a file. */
export async function noteOnTimeline(
  trx: Db,
  actor: Actor,
  kind: EventTimelineKind,
  event: EventRow,
  row: RegistrationRow,
): Promise<void> {
  if (!row.resident_id) return;
  await addTimelineEntry(trx, actor, {
    residentId: row.resident_id,
    kind,
    // Attendance is placed when the event happened, even when a paper sheet is typed later.
    ...(kind === 'event.attended' && row.attended_at ? { occurredAt: row.attended_at } : {}),
    sourceId: row.id,
    details: { eventId: event.id, title: event.title_el },
  });
}

/** The timeline kind that tells a registration's current state, if it has one. */
export function timelineKindOf(row: RegistrationRow): EventTimelineKind | null {
  if (row.status === 'registered') return 'event.registered';
  if (row.status === 'waitlisted' || row.status === 'offered') return 'event.waitlisted';
  if (row.status === 'attended') return 'event.attended';
  return null;
}
