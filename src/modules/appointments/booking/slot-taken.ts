import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import { findCenterCalendarRow } from '../calendar/availability.repository.js';
import { findFreeSlots, type Slot } from '../calendar/availability.service.js';
import { addDays, localDayOf } from '../calendar/time.js';
import { isExclusionViolation } from './appointments.repository.js';
import { listHeldSlots } from './waitlist.repository.js';

/** How many free slots a refused booking is offered instead, and how far ahead they are sought. */
const ALTERNATIVES = 5;
const SEARCH_DAYS = 14;

/** The slot went to someone else: the constraint refused the insert, or the check saw it busy. */
export function isSlotTaken(error: unknown): boolean {
  if (isExclusionViolation(error)) return true;
  if (!(error instanceof AppError)) return false;
  return (
    error.code === 'slot_taken' ||
    (error.code === 'validation_failed' && error.fieldErrors.some((fe) => fe.rule === 'slot_taken'))
  );
}

/**
 * A slot offered to someone on the waitlist is held for them until the offer lapses. This is a
 * check, not the guarantee: if the holder and another person still race, the exclusion
 * constraint lets exactly one of them in.
 */
export async function assertNotHeld(
  trx: Db,
  centerId: string,
  slot: { staffId: string; startsAt: Date; blockedUntil: Date },
  options: { now: Date; heldFor?: string },
): Promise<void> {
  const held = await listHeldSlots(trx, centerId, {
    from: slot.startsAt,
    to: slot.blockedUntil,
    now: options.now,
  });
  if (held.some((h) => h.offered_staff_id === slot.staffId && h.id !== options.heldFor)) {
    throw new AppError('slot_taken');
  }
}

export interface SlotWanted {
  typeId: string;
  startsAt: Date;
  staffId?: string;
  publicOnly: boolean;
  now: Date;
}

/** `slot_taken` carrying the free slots nearest to the one asked for (problem extension). */
export async function slotTakenError(db: Db, centerId: string, wanted: SlotWanted) {
  const alternatives = await nearestFreeSlots(db, centerId, wanted).catch(() => []);
  return new AppError('slot_taken', {
    field: 'body.startsAt',
    extensions: {
      alternatives: alternatives.map((s) => ({
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        staffId: s.staffId,
      })),
    },
  });
}

export async function nearestFreeSlots(
  db: Db,
  centerId: string,
  wanted: SlotWanted,
): Promise<Slot[]> {
  const center = await findCenterCalendarRow(db, centerId);
  if (!center) return [];
  const zone = center.timezone;
  const wantedDay = localDayOf(wanted.startsAt.getTime(), zone);
  const today = localDayOf(wanted.now.getTime(), zone);
  const from = addDays(wantedDay, -SEARCH_DAYS) < today ? today : addDays(wantedDay, -SEARCH_DAYS);
  const to = addDays(wantedDay < today ? today : wantedDay, SEARCH_DAYS);
  const slots = await findFreeSlots(db, centerId, {
    typeId: wanted.typeId,
    from,
    to,
    staffId: wanted.staffId,
    now: wanted.now,
    publicOnly: wanted.publicOnly,
  });
  const held = await listHeldSlots(db, centerId, {
    from: new Date(`${from}T00:00:00Z`),
    to: new Date(Date.parse(`${to}T00:00:00Z`) + 2 * 86_400_000),
    now: wanted.now,
  });
  const free = slots.filter(
    (s) =>
      !held.some(
        (h) =>
          h.offered_staff_id === s.staffId &&
          (h.offered_starts_at?.getTime() ?? 0) < s.endsAt.getTime() &&
          s.startsAt.getTime() < (h.offered_ends_at?.getTime() ?? 0),
      ),
  );
  const distance = (s: Slot) => Math.abs(s.startsAt.getTime() - wanted.startsAt.getTime());
  return free
    .sort((a, b) => distance(a) - distance(b) || a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, ALTERNATIVES);
}
