import { isRegistrationOpen } from './event-rules.js';
import type { EventRow, EventWithLine } from './events.repository.js';
import type {
  EventView,
  PublicEvent,
  PublicRegistration,
  RegistrationView,
} from './events.schemas.js';
import type { RegistrationRow } from './registrations.repository.js';

export function presentEvent(row: EventWithLine, now: Date): EventView {
  return {
    id: row.id,
    titleEl: row.title_el,
    titleEn: row.title_en,
    descriptionEl: row.description_el,
    descriptionEn: row.description_en,
    audienceEl: row.audience_el,
    audienceEn: row.audience_en,
    place: row.place,
    onlineUrl: row.online_url,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    waitlisted: row.waitlisted,
    registrationOpensAt: row.registration_opens_at.toISOString(),
    registrationClosesAt: row.registration_closes_at.toISOString(),
    registrationOpen: isRegistrationOpen(row, now),
    offerHours: row.offer_hours,
    status: row.status,
    version: row.version,
  };
}

export function presentRegistration(
  row: RegistrationRow & { position?: number | null },
): RegistrationView {
  return {
    id: row.id,
    status: row.status,
    name: row.name,
    email: row.email,
    phone: row.phone,
    residentId: row.resident_id,
    source: row.source,
    language: row.language,
    position: row.position ?? null,
    offerExpiresAt: row.offer_expires_at?.toISOString() ?? null,
    attendedAt: row.attended_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** English falls back to Greek where the Center wrote none. */
const both = (el: string, en: string | null) => ({ el, en: en?.trim() ? en : el });

/**
 * `waitlisted`, when known, hides a seat freed after the start: while anyone waits it is theirs,
 * and a newcomer would join the line (ADR 0013).
 */
export function presentPublicEvent(
  row: EventRow & { waitlisted?: number },
  now: Date,
): PublicEvent {
  return {
    id: row.id,
    title: both(row.title_el, row.title_en),
    description: both(row.description_el, row.description_en),
    audience: row.audience_el ? both(row.audience_el, row.audience_en) : null,
    place: row.place,
    onlineUrl: row.online_url,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    capacity: row.capacity,
    seatsLeft: row.waitlisted ? 0 : Math.max(0, row.capacity - row.seats_taken),
    registrationOpensAt: row.registration_opens_at.toISOString(),
    registrationClosesAt: row.registration_closes_at.toISOString(),
    registrationOpen: isRegistrationOpen(row, now),
    cancelled: row.status === 'cancelled',
  };
}

export function presentPublicRegistration(
  row: RegistrationRow,
  event: EventRow,
  extra: { position: number | null; emailed: boolean; cancelUrl: string | null; now: Date },
): PublicRegistration {
  return {
    id: row.id,
    status: row.status,
    position: extra.position,
    offerExpiresAt: row.offer_expires_at?.toISOString() ?? null,
    emailed: extra.emailed,
    cancelUrl: extra.cancelUrl,
    event: presentPublicEvent(event, extra.now),
  };
}
