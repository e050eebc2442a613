import type { Db } from '../../../db/connection.js';
import type { KeyRing } from '../../../lib/crypto.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findCenterById } from '../../centers/centers.repository.js';
import { findBookingType, findStaffName, isBusy } from './appointments.repository.js';
import { composeMail } from './booking-mail.js';
import { enqueueMail } from './outbox.repository.js';
import { signLink } from './signed-links.js';
import {
  lockExpiredOffers,
  lockFirstInLine,
  updateWaitlistEntry,
  type WaitlistRow,
} from './waitlist.repository.js';

/**
 * How long a freed slot is held for the person first in line before it passes to the next:
 * long enough to read an e-mail during working hours, short enough that a slot freed in the
 * morning is still useful the same day. Never past the slot's own start.
 */
export const WAITLIST_OFFER_MINUTES = 30;
const SWEEP_BATCH = 100;

export interface FreedSlot {
  typeId: string;
  staffId: string;
  startsAt: Date;
  endsAt: Date;
}

function systemActor(centerId: string): Actor {
  return { centerId, staffId: null, role: null, ip: null };
}

/**
 * Offers a freed slot to the first person waiting for it, inside the transaction that freed it:
 * the offer and its e-mail (outbox) exist only if the cancellation commits.
 */
export async function offerFreedSlot(
  trx: Db,
  keyRing: KeyRing,
  centerId: string,
  slot: FreedSlot,
  now: Date,
): Promise<WaitlistRow | null> {
  const expiresAt = Math.min(
    now.getTime() + WAITLIST_OFFER_MINUTES * 60_000,
    slot.startsAt.getTime(),
  );
  if (expiresAt <= now.getTime()) return null;
  const entry = await lockFirstInLine(trx, centerId, slot);
  if (!entry) return null;
  const offered = await updateWaitlistEntry(trx, centerId, entry.id, {
    status: 'offered',
    offered_staff_id: slot.staffId,
    offered_starts_at: slot.startsAt,
    offered_ends_at: slot.endsAt,
    offer_expires_at: new Date(expiresAt),
  });
  await recordAudit(trx, systemActor(centerId), {
    action: 'waitlist.offer',
    entity: 'waitlist',
    recordId: entry.id,
    details: { staffId: slot.staffId, startsAt: slot.startsAt.toISOString() },
  });
  await enqueueMail(trx, await offerMail(trx, keyRing, offered));
  return offered;
}

async function offerMail(trx: Db, keyRing: KeyRing, entry: WaitlistRow) {
  const startsAt = entry.offered_starts_at ?? new Date();
  const [center, type, staff] = await Promise.all([
    findCenterById(trx, entry.center_id),
    findBookingType(trx, entry.center_id, entry.type_id),
    findStaffName(trx, entry.center_id, entry.offered_staff_id ?? ''),
  ]);
  const token = signLink(keyRing, {
    centerId: entry.center_id,
    recordId: entry.id,
    action: 'waitlist_accept',
    expiresAt: startsAt,
  });
  const el = entry.language === 'el';
  const mail = composeMail('waitlist.offer', {
    language: entry.language,
    zone: center?.timezone ?? 'Europe/Athens',
    centerName: (el ? center?.name_el : center?.name_en) ?? '',
    typeName: (el ? type?.name_el : type?.name_en) ?? '',
    staffName: staff?.display_name ?? '',
    startsAt,
    offerExpiresAt: entry.offer_expires_at ?? undefined,
    links: {
      accept: `${entry.link_origin}/book/waitlist/${entry.id}?token=${encodeURIComponent(token)}`,
    },
  });
  return {
    center_id: entry.center_id,
    kind: 'waitlist.offer',
    to: entry.email ?? '',
    subject: mail.subject,
    body: mail.body,
    ics: null,
  };
}

/**
 * Lapsed offers expire and their slot passes to the next in line (if nobody booked it
 * meanwhile). Called on every cancellation and accept attempt, and exported for a scheduler:
 * without a worker the line still moves whenever anyone touches it. Returns how many lapsed.
 */
export async function expireWaitlistOffers(db: Db, now: Date, keyRing: KeyRing): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const lapsed = await lockExpiredOffers(trx, now, SWEEP_BATCH);
    for (const entry of lapsed) {
      await updateWaitlistEntry(trx, entry.center_id, entry.id, { status: 'expired' });
      await recordAudit(trx, systemActor(entry.center_id), {
        action: 'waitlist.offer_expired',
        entity: 'waitlist',
        recordId: entry.id,
      });
      const slot = offeredSlot(entry);
      if (!slot) continue;
      const busy = await isBusy(trx, entry.center_id, slot.staffId, {
        from: slot.startsAt,
        to: slot.endsAt,
      });
      if (!busy) await offerFreedSlot(trx, keyRing, entry.center_id, slot, now);
    }
    return lapsed.length;
  });
}

export function offeredSlot(entry: WaitlistRow): FreedSlot | null {
  if (!entry.offered_staff_id || !entry.offered_starts_at || !entry.offered_ends_at) return null;
  return {
    typeId: entry.type_id,
    staffId: entry.offered_staff_id,
    startsAt: entry.offered_starts_at,
    endsAt: entry.offered_ends_at,
  };
}
