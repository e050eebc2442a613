import type { Db } from '../../db/connection.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { LinkBase } from './event-links.js';
import { mailRegistration } from './event-notices.js';
import { offerExpiry } from './event-rules.js';
import { findEvent, type EventRow } from './events.repository.js';
import {
  lapsedOffersOf,
  lockFirstInLine,
  updateRegistration,
  type RegistrationRow,
} from './registrations.repository.js';

export function systemActor(centerId: string): Actor {
  return { centerId, staffId: null, role: null, ip: null };
}

/**
 * Offers every free seat of the event to the people first in line, each held for them until
 * `offer_hours` from now (never past the start), with an e-mail holding the link to take it.
 * The caller holds the event's row lock and has just freed seats (a cancellation, a lapsed
 * offer, a raised capacity); the offers commit with that change or not at all.
 */
export async function offerFreeSeats(
  trx: Db,
  base: LinkBase,
  centerId: string,
  eventId: string,
  now: Date,
): Promise<RegistrationRow[]> {
  // Re-read: the trigger has changed seats_taken in this very transaction.
  const event = await findEvent(trx, centerId, eventId);
  if (!event || event.status === 'cancelled') return [];
  const free = event.capacity - event.seats_taken;
  const expiresAt = offerExpiry(now, event.offer_hours, event.starts_at);
  if (free <= 0 || !expiresAt) return [];
  const offered: RegistrationRow[] = [];
  for (const next of await lockFirstInLine(trx, centerId, eventId, free)) {
    const row = await updateRegistration(trx, centerId, next.id, {
      status: 'offered',
      offer_expires_at: expiresAt,
    });
    await recordAudit(trx, systemActor(centerId), {
      action: 'event.offer',
      entity: 'event_registration',
      recordId: row.id,
      details: { eventId, expiresAt: expiresAt.toISOString() },
    });
    await mailRegistration(trx, base, 'event.offer', event, row);
    offered.push(row);
  }
  return offered;
}

/**
 * Lapsed offers of one event (whose row lock the caller holds) expire, and their seats go to
 * the next in line. Returns how many lapsed.
 */
export async function expireOffersOf(
  trx: Db,
  base: LinkBase,
  event: EventRow,
  now: Date,
): Promise<number> {
  const lapsed = await lapsedOffersOf(trx, event.center_id, event.id, now);
  for (const entry of lapsed) {
    await updateRegistration(trx, entry.center_id, entry.id, { status: 'expired' });
    await recordAudit(trx, systemActor(entry.center_id), {
      action: 'event.offer_expired',
      entity: 'event_registration',
      recordId: entry.id,
      details: { eventId: event.id },
    });
  }
  if (lapsed.length > 0) await offerFreeSeats(trx, base, event.center_id, event.id, now);
  return lapsed.length;
}
