import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import { findCenterBySlug, findFirstCenter } from '../../centers/centers.repository.js';
import { freeSlotsOf } from './availability.service.js';
import { findCenterCalendarRow } from './availability.repository.js';
import type { AvailabilityQuery } from './calendar.schemas.js';
import { addDays, daysBetween, localDayOf } from './time.js';

/** The longest period one availability request may cover (a month view with its edges). */
export const MAX_RANGE_DAYS = 62;

/** The Center a public request is about: ?center=slug, else the only (first) one. */
export async function publicCenterId(db: Db, slug: string | undefined): Promise<string> {
  const center = slug ? await findCenterBySlug(db, slug) : await findFirstCenter(db);
  if (!center) throw new AppError('not_found');
  return center.id;
}

/**
 * Month view (days of [from, to] with how many free slots each has) or, with `day`, that day's
 * slots. Without from/to the month view covers today and the 30 days after.
 */
export async function viewAvailability(
  db: Db,
  centerId: string,
  query: AvailabilityQuery,
  options: { publicOnly: boolean; now?: Date },
) {
  const now = options.now ?? new Date();
  const base = {
    typeId: query.typeId,
    staffId: query.staffId,
    now,
    publicOnly: options.publicOnly,
  };
  if (query.day) {
    const slots = await freeSlotsOf(db, centerId, { ...base, from: query.day, to: query.day });
    return {
      typeId: query.typeId,
      day: query.day,
      slots: slots.map((s) => ({
        startsAt: new Date(s.startsAt).toISOString(),
        endsAt: new Date(s.endsAt).toISOString(),
        staffId: s.staffId,
      })),
    };
  }
  const center = await findCenterCalendarRow(db, centerId);
  if (!center) throw new AppError('not_found');
  const from = query.from ?? localDayOf(now.getTime(), center.timezone);
  const to = query.to ?? addDays(from, 30);
  const span = daysBetween(from, to);
  if (span < 0 || span >= MAX_RANGE_DAYS) {
    throw new AppError('validation_failed', {
      fieldErrors: [
        span < 0
          ? { field: 'querystring.to', rule: 'date_order' }
          : {
              field: 'querystring.to',
              rule: 'maximum',
              params: { limit: addDays(from, MAX_RANGE_DAYS - 1) },
            },
      ],
    });
  }
  const slots = await freeSlotsOf(db, centerId, { ...base, from, to, center });
  const counts = new Map<string, number>();
  for (const slot of slots) counts.set(slot.day, (counts.get(slot.day) ?? 0) + 1);
  const days = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push({ day, freeSlots: counts.get(day) ?? 0 });
  }
  return { typeId: query.typeId, from, to, days };
}
