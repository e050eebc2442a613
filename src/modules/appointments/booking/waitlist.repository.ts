import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { WaitlistTable } from './booking.tables.js';

export type WaitlistRow = Selectable<WaitlistTable>;

export function insertWaitlistEntry(
  db: Db,
  values: Insertable<WaitlistTable>,
): Promise<WaitlistRow> {
  return db.insertInto('waitlist').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findWaitlistEntry(
  db: Db,
  centerId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<WaitlistRow | undefined> {
  const query = db
    .selectFrom('waitlist')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export function updateWaitlistEntry(
  db: Db,
  centerId: string,
  id: string,
  values: Updateable<WaitlistTable>,
): Promise<WaitlistRow> {
  return db
    .updateTable('waitlist')
    .set({ ...values, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The first person waiting for a freed slot: same type, no staff preference or this staff
 * member, and a wanted period that holds the slot. Locked (others skipped) so two cancellations
 * at once never offer two slots to one person.
 */
export function lockFirstInLine(
  db: Db,
  centerId: string,
  slot: { typeId: string; staffId: string; startsAt: Date; endsAt: Date },
): Promise<WaitlistRow | undefined> {
  return db
    .selectFrom('waitlist')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('type_id', '=', slot.typeId)
    .where('status', '=', 'waiting')
    .where((eb) => eb.or([eb('staff_id', 'is', null), eb('staff_id', '=', slot.staffId)]))
    .where('wanted_from', '<=', slot.startsAt)
    .where('wanted_to', '>=', slot.endsAt)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Offers past their deadline, across Centers (the sweep runs for the whole deployment). */
export function lockExpiredOffers(db: Db, now: Date, limit: number): Promise<WaitlistRow[]> {
  return db
    .selectFrom('waitlist')
    .selectAll()
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<=', now)
    .orderBy('offer_expires_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Slots held for someone on the waitlist: nobody else may book them until the offer lapses. */
export function listHeldSlots(
  db: Db,
  centerId: string,
  period: { from: Date; to: Date; now: Date },
) {
  return db
    .selectFrom('waitlist')
    .select(['id', 'offered_staff_id', 'offered_starts_at', 'offered_ends_at'])
    .where('center_id', '=', centerId)
    .where('status', '=', 'offered')
    .where('offer_expires_at', '>', period.now)
    .where('offered_starts_at', '<', period.to)
    .where('offered_ends_at', '>', period.from)
    .execute();
}
