import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { KeyRing } from '../../../lib/crypto.js';

/** What a link in an e-mail lets its holder do, without signing in. */
export type LinkAction =
  | 'view'
  | 'cancel'
  | 'move'
  | 'waitlist_accept'
  // A partner's answer to a referral (src/modules/referrals).
  | 'referral_partner'
  // Events (src/modules/events): take an offered seat; cancel a registration.
  | 'event_offer'
  | 'event_cancel';

export interface LinkGrant {
  centerId: string;
  /** The appointment (or waitlist entry, for `waitlist_accept`) the link is about. */
  recordId: string;
  action: LinkAction;
  expiresAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const linkKeys = new WeakMap<Buffer, Buffer>();

/**
 * The link key is derived (HKDF) from a key of the ring, never the ring key itself, so a link
 * signature reveals nothing about the sealing key. Tokens name the key they were signed with:
 * after a rotation, links already e-mailed keep working while the old key stays in the ring.
 */
function linkKey(ringKey: Buffer): Buffer {
  let key = linkKeys.get(ringKey);
  if (!key) {
    key = Buffer.from(
      hkdfSync('sha256', ringKey, Buffer.alloc(0), 'koinotita/booking-links/v1', 32),
    );
    linkKeys.set(ringKey, key);
  }
  return key;
}

function signature(key: Buffer, grant: Omit<LinkGrant, 'expiresAt'>, expSeconds: number): Buffer {
  const message = [grant.centerId, grant.recordId, grant.action, String(expSeconds)].join('|');
  return createHmac('sha256', linkKey(key)).update(message).digest();
}

/** `keyId.centerId.expiry.signature`: HMAC-SHA256 over (center, record, action, expiry). */
export function signLink(ring: KeyRing, grant: LinkGrant): string {
  const key = ring.keys.get(ring.activeKeyId);
  if (!key) throw new Error(`Key ${ring.activeKeyId} is missing from the key ring`);
  const exp = Math.floor(grant.expiresAt.getTime() / 1000);
  const sig = signature(key, grant, exp).toString('base64url');
  return [ring.activeKeyId, grant.centerId, String(exp), sig].join('.');
}

/**
 * The Center a token names, not yet verified: for a record whose signed id depends on the row
 * (e.g. a referral's link generation), read the row there, then `verifyLink` — the signature
 * covers the Center, so a token naming another one fails. Null when the token is malformed.
 */
export function claimedCenterOf(token: string): string | null {
  const centerId = token.split('.')[1] ?? '';
  return UUID.test(centerId) ? centerId : null;
}

/**
 * The Center the token grants `action` on `recordId` in, or null when the token is forged,
 * altered, for another record or action, or expired at `now`.
 */
export function verifyLink(
  ring: KeyRing,
  token: string,
  expected: { recordId: string; action: LinkAction },
  now: Date,
): { centerId: string; expiresAt: Date } | null {
  const [keyId, centerId, expText, sig, ...rest] = token.split('.');
  if (rest.length > 0 || !keyId || !centerId || !expText || !sig) return null;
  if (!UUID.test(centerId) || !/^\d{1,12}$/.test(expText)) return null;
  const key = ring.keys.get(keyId);
  if (!key) return null;
  const exp = Number(expText);
  const wanted = signature(key, { centerId, ...expected }, exp);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null;
  if (exp * 1000 <= now.getTime()) return null;
  return { centerId, expiresAt: new Date(exp * 1000) };
}
