import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findCenterById, type CenterRow } from '../../centers/centers.repository.js';
import { addTimelineEntry } from '../../timeline/timeline.service.js';
import { findAppointmentType, listProviderIds } from '../calendar/availability.repository.js';
import { assertBookable, type BookableSlot } from '../calendar/availability.service.js';
import {
  findBookingType,
  findStaffName,
  insertAppointment,
  type AppointmentRow,
  type BookingTypeRow,
} from './appointments.repository.js';
import { assertNotHeld, isSlotTaken, slotTakenError } from './slot-taken.js';

export interface SlotRequest {
  typeId: string;
  startsAt: Date;
  /** When absent, the first provider free at that time is picked. */
  staffId?: string;
  publicOnly: boolean;
  now: Date;
  /** The waitlist entry the slot is held for, when that entry is the one booking it. */
  heldFor?: string;
}

export interface Booker {
  residentId: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  reason: string | null;
}

/** What the steps around the insert need to write confirmations and e-mails. */
export interface BookedFacts {
  row: AppointmentRow;
  center: CenterRow;
  type: BookingTypeRow;
  staffName: string;
}

export interface BookingHooks {
  /** First statement of the transaction (claiming an idempotency key). */
  before?: (trx: Db) => Promise<void>;
  /** Last statements of the transaction (outbox e-mail, stored response, waitlist state). */
  after?: (trx: Db, facts: BookedFacts) => Promise<void>;
}

/** Rules that hold whoever the staff member is: no point trying another provider. */
const SLOT_WIDE_RULES = new Set([
  'slot_in_past',
  'outside_booking_window',
  'holiday',
  'center_closed',
  'daily_cap_reached',
  'unknown_type',
]);

/**
 * Books one slot. The database decides races: the insert relies on the exclusion constraint,
 * and losing one (23P01) is answered with `slot_taken` and the nearest free slots. With no staff
 * member asked for, each provider is tried in turn until one takes the appointment.
 */
export async function bookAppointment(
  db: Db,
  actor: Actor,
  slot: SlotRequest,
  booker: Booker,
  hooks: BookingHooks = {},
): Promise<BookedFacts> {
  const candidates = slot.staffId ? [slot.staffId] : await providersOf(db, actor.centerId, slot);
  let firstRefusal: unknown = null;
  let taken = false;
  for (const staffId of candidates) {
    try {
      return await db
        .transaction()
        .execute((trx) => bookWith(trx, actor, { ...slot, staffId }, booker, hooks));
    } catch (error) {
      if (isSlotTaken(error)) taken = true;
      else if (slot.staffId || slotWide(error)) throw error;
      else firstRefusal ??= error;
    }
  }
  if (taken) throw await slotTakenError(db, actor.centerId, slot);
  throw firstRefusal ?? refusal('body.startsAt', 'outside_hours');
}

async function bookWith(
  trx: Db,
  actor: Actor,
  slot: SlotRequest & { staffId: string },
  booker: Booker,
  hooks: BookingHooks,
): Promise<BookedFacts> {
  await hooks.before?.(trx);
  const bookable = await assertBookable(trx, actor.centerId, {
    typeId: slot.typeId,
    staffId: slot.staffId,
    startsAt: slot.startsAt,
    now: slot.now,
    publicOnly: slot.publicOnly,
  });
  await assertNotHeld(trx, actor.centerId, bookable, { now: slot.now, heldFor: slot.heldFor });
  const row = await insertAppointment(trx, {
    center_id: actor.centerId,
    type_id: bookable.typeId,
    staff_id: bookable.staffId,
    resident_id: booker.residentId,
    starts_at: bookable.startsAt,
    ends_at: bookable.endsAt,
    blocked_until: bookable.blockedUntil,
    contact_name: booker.name,
    contact_phone: booker.phone,
    contact_email: booker.email,
    reason: booker.reason,
  });
  await recordAudit(trx, actor, {
    action: 'appointment.book',
    entity: 'appointment',
    recordId: row.id,
    details: { typeId: row.type_id, staffId: row.staff_id, public: slot.publicOnly },
  });
  if (row.resident_id) {
    await addTimelineEntry(trx, actor, {
      residentId: row.resident_id,
      kind: 'appointment.booked',
      sourceId: row.id,
      details: timelineDetails(row, bookable),
    });
  }
  const facts = await factsOf(trx, actor.centerId, row);
  await hooks.after?.(trx, facts);
  return facts;
}

export async function factsOf(db: Db, centerId: string, row: AppointmentRow): Promise<BookedFacts> {
  const [center, type, staff] = await Promise.all([
    findCenterById(db, centerId),
    findBookingType(db, centerId, row.type_id),
    findStaffName(db, centerId, row.staff_id),
  ]);
  if (!center || !type) throw new AppError('not_found');
  return { row, center, type, staffName: staff?.display_name ?? '' };
}

export function timelineDetails(row: AppointmentRow, slot?: Pick<BookableSlot, 'durationMinutes'>) {
  return {
    typeId: row.type_id,
    staffId: row.staff_id,
    startsAt: row.starts_at.toISOString(),
    ...(slot ? { durationMinutes: slot.durationMinutes } : {}),
    status: row.status,
  };
}

async function providersOf(db: Db, centerId: string, slot: SlotRequest): Promise<string[]> {
  const type = await findAppointmentType(db, centerId, slot.typeId);
  if (!type || !type.active || (slot.publicOnly && !type.public)) {
    throw refusal('body.typeId', 'unknown_type');
  }
  return listProviderIds(db, centerId, type);
}

function slotWide(error: unknown): boolean {
  return (
    error instanceof AppError &&
    error.code === 'validation_failed' &&
    error.fieldErrors.some((fe) => SLOT_WIDE_RULES.has(fe.rule))
  );
}

function refusal(field: string, rule: string): AppError {
  return new AppError('validation_failed', { fieldErrors: [{ field, rule }] });
}
