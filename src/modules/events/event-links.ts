import type { KeyRing } from '../../lib/crypto.js';
import { signLink } from '../appointments/booking/signed-links.js';
import type { EventRow } from './events.repository.js';
import type { RegistrationRow } from './registrations.repository.js';

/** The portal address links in e-mails point to (PUBLIC_URL, else the request's origin). */
export interface LinkBase {
  keyRing: KeyRing;
  origin: string | null;
}

/** Cancelling one's registration: valid until the event ends. */
export function cancelUrl(base: LinkBase, event: EventRow, row: RegistrationRow): string | null {
  const origin = base.origin ?? row.link_origin;
  if (!origin) return null;
  const token = signLink(base.keyRing, {
    centerId: row.center_id,
    recordId: row.id,
    action: 'event_cancel',
    expiresAt: event.ends_at,
  });
  return `${origin}/events/registration/${row.id}?token=${encodeURIComponent(token)}`;
}

/**
 * Taking an offered seat (or declining it). Signed until the event ends, not until the offer
 * lapses: a late click is told the offer expired, not that the link is broken.
 */
export function offerUrl(base: LinkBase, event: EventRow, row: RegistrationRow): string | null {
  const origin = base.origin ?? row.link_origin;
  if (!origin || !row.offer_expires_at) return null;
  const token = signLink(base.keyRing, {
    centerId: row.center_id,
    recordId: row.id,
    action: 'event_offer',
    expiresAt: event.ends_at,
  });
  return `${origin}/events/offer/${row.id}?token=${encodeURIComponent(token)}`;
}
