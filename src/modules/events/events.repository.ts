import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { EventsTable } from './events.tables.js';

export type EventRow = Selectable<EventsTable>;
export type EventWithLine = EventRow & { waitlisted: number };

export async function insertEvent(db: Db, values: Insertable<EventsTable>): Promise<EventRow> {
  return db.insertInto('events').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates the event if `version` is current; undefined when it is not (or the event is gone). */
export async function updateEventVersioned(
  db: Db,
  centerId: string,
  id: string,
  version: number,
  changes: Updateable<EventsTable>,
): Promise<EventRow | undefined> {
  return db
    .updateTable('events')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function findEvent(db: Db, centerId: string, id: string) {
  return db
    .selectFrom('events')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The event's gate, then its row lock: every change of its registrations goes through here, so
 * they are decided one at a time, in the order the transactions reached the gate (their
 * arrival). The gate is an advisory lock because its waiters are served first come, first
 * served; waiters on the row itself are not strictly (each registration updates the row, and a
 * waiter queued on the old row version can be overtaken). The two-key form keeps it apart from
 * the one-key advisory locks of other modules.
 */
export async function lockEvent(db: Db, centerId: string, id: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('koinotita.event'), hashtext(${`${centerId}/${id}`}))`.execute(
    db,
  );
  return db
    .selectFrom('events')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

function withWaitlistCount(db: Db, centerId: string) {
  return db
    .selectFrom('events')
    .selectAll('events')
    .select((eb) =>
      eb
        .selectFrom('event_registrations as r')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('r.center_id', '=', 'events.center_id')
        .whereRef('r.event_id', '=', 'events.id')
        .where('r.status', '=', 'waitlisted')
        .as('waitlisted'),
    )
    .where('events.center_id', '=', centerId);
}

export async function findEventWithLine(
  db: Db,
  centerId: string,
  id: string,
): Promise<EventWithLine | undefined> {
  const row = await withWaitlistCount(db, centerId).where('events.id', '=', id).executeTakeFirst();
  return row ? { ...row, waitlisted: Number(row.waitlisted ?? 0) } : undefined;
}

/** Upcoming (not yet ended) in start order, or past (ended) latest first. */
export async function listEvents(
  db: Db,
  centerId: string,
  when: 'upcoming' | 'past',
  now: Date,
  limit = 200,
): Promise<EventWithLine[]> {
  const query = withWaitlistCount(db, centerId);
  const rows = await (
    when === 'upcoming'
      ? query.where('events.ends_at', '>', now).orderBy('events.starts_at', 'asc')
      : query.where('events.ends_at', '<=', now).orderBy('events.starts_at', 'desc')
  )
    .orderBy('events.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, waitlisted: Number(row.waitlisted ?? 0) }));
}

/** What the portal lists: published and not ended, with the length of each line. */
export async function listPublicEvents(
  db: Db,
  centerId: string,
  now: Date,
  limit = 100,
): Promise<EventWithLine[]> {
  const rows = await withWaitlistCount(db, centerId)
    .where('events.status', '=', 'published')
    .where('events.ends_at', '>', now)
    .orderBy('events.starts_at')
    .orderBy('events.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, waitlisted: Number(row.waitlisted ?? 0) }));
}
