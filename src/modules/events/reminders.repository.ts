import type { Db } from '../../db/connection.js';
import { findEvent, type EventRow } from './events.repository.js';
import type { RegistrationRow } from './registrations.repository.js';

/**
 * Registrations (with a seat and an e-mail) of published events starting within `hoursBefore`
 * that have not been reminded, locked with SKIP LOCKED so concurrent ticks split them.
 */
export async function lockDueReminders(
  db: Db,
  now: Date,
  hoursBefore: number,
  limit: number,
): Promise<{ event: EventRow; registration: RegistrationRow }[]> {
  const horizon = new Date(now.getTime() + hoursBefore * 3_600_000);
  const rows = await db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', (join) =>
      join.onRef('e.center_id', '=', 'r.center_id').onRef('e.id', '=', 'r.event_id'),
    )
    .selectAll('r')
    .where('r.status', '=', 'registered')
    .where('r.reminded_at', 'is', null)
    .where('r.email', 'is not', null)
    .where('e.status', '=', 'published')
    .where('e.starts_at', '>', now)
    .where('e.starts_at', '<=', horizon)
    .orderBy('e.starts_at')
    .limit(limit)
    .forUpdate('r')
    .skipLocked()
    .execute();
  const events = new Map<string, EventRow>();
  const due: { event: EventRow; registration: RegistrationRow }[] = [];
  for (const registration of rows) {
    const key = `${registration.center_id}/${registration.event_id}`;
    let event = events.get(key);
    if (!event) {
      event = await findEvent(db, registration.center_id, registration.event_id);
      if (!event) continue;
      events.set(key, event);
    }
    due.push({ event, registration });
  }
  return due;
}

export async function markReminded(db: Db, centerId: string, id: string, at: Date) {
  await db
    .updateTable('event_registrations')
    .set({ reminded_at: at })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}
