import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import { LIVE } from './event-rules.js';
import type { EventRegistrationsTable } from './events.tables.js';

export type RegistrationRow = Selectable<EventRegistrationsTable>;
export type RegistrationWithPosition = RegistrationRow & { position: number | null };

export async function insertRegistration(
  db: Db,
  values: Insertable<EventRegistrationsTable>,
): Promise<RegistrationRow> {
  return db
    .insertInto('event_registrations')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateRegistration(
  db: Db,
  centerId: string,
  id: string,
  changes: Updateable<EventRegistrationsTable>,
): Promise<RegistrationRow> {
  return db
    .updateTable('event_registrations')
    .set({ ...changes, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRegistration(db: Db, centerId: string, id: string) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The live registration of a person (by key) or of a resident's file, if any. */
export async function findLiveRegistration(
  db: Db,
  centerId: string,
  eventId: string,
  who: { personKey: string; residentId: string | null },
) {
  return db
    .selectFrom('event_registrations')
    .select('id')
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .where('status', 'in', LIVE)
    .where((eb) =>
      who.residentId
        ? eb.or([eb('person_key', '=', who.personKey), eb('resident_id', '=', who.residentId)])
        : eb('person_key', '=', who.personKey),
    )
    .executeTakeFirst();
}

/** Whether anyone is waiting in the event's line. */
export async function hasWaitlist(db: Db, centerId: string, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('event_registrations')
    .select('id')
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Place in the waitlist (1 = next in line), or null when not waitlisted. */
export async function waitlistPosition(db: Db, row: RegistrationRow): Promise<number | null> {
  if (row.status !== 'waitlisted') return null;
  const ahead = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('center_id', '=', row.center_id)
    .where('event_id', '=', row.event_id)
    .where('status', '=', 'waitlisted')
    .where('arrival', '<', row.arrival as never)
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}

/**
 * The event moved: its live registrations are to be reminded again (of the new date), and an
 * offer held past the new start lapses at it. Returns the live registrations.
 */
export async function resetForNewTime(
  db: Db,
  centerId: string,
  eventId: string,
  startsAt: Date,
): Promise<RegistrationRow[]> {
  await db
    .updateTable('event_registrations')
    .set({ offer_expires_at: startsAt, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .where('status', '=', 'offered')
    .where('offer_expires_at', '>', startsAt)
    .execute();
  return db
    .updateTable('event_registrations')
    .set({ reminded_at: null, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .where('status', 'in', LIVE)
    .returningAll()
    .execute();
}

/** Every registration of an event, in arrival order, with waitlist positions. */
export async function listRegistrations(
  db: Db,
  centerId: string,
  eventId: string,
): Promise<RegistrationWithPosition[]> {
  const rows = await db
    .selectFrom('event_registrations')
    .selectAll()
    .select(
      sql<string | null>`CASE WHEN status = 'waitlisted' THEN row_number() OVER (
        PARTITION BY status = 'waitlisted' ORDER BY arrival) END`.as('position'),
    )
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .orderBy('arrival')
    .execute();
  return rows.map((row) => ({
    ...row,
    position: row.position === null ? null : Number(row.position),
  }));
}

/** The first `count` people waiting, in arrival order, locked for the caller's transaction. */
export async function lockFirstInLine(db: Db, centerId: string, eventId: string, count: number) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('arrival')
    .limit(count)
    .forUpdate()
    .execute();
}

/** Events with offers that lapsed at `now` (the sweep locks each event, then its offers). */
export async function listEventsWithLapsedOffers(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('event_registrations')
    .select(['center_id', 'event_id'])
    .distinct()
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<=', now)
    .limit(limit)
    .execute();
}

export async function lapsedOffersOf(db: Db, centerId: string, eventId: string, now: Date) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('event_id', '=', eventId)
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<=', now)
    .orderBy('arrival')
    .forUpdate()
    .execute();
}

/** Registrations whose live contact details must go when a resident's file is anonymised. */
export async function anonymiseRegistrationsOfResident(
  db: Db,
  centerId: string,
  residentId: string,
  anonymousName: string,
): Promise<void> {
  await db
    .updateTable('event_registrations')
    .set((eb) => ({
      name: anonymousName,
      email: null,
      phone: null,
      person_key: sql<string>`'anonymised:' || ${eb.ref('id')}`,
      link_origin: null,
      anonymised_at: new Date(),
      updated_at: new Date(),
    }))
    .where('center_id', '=', centerId)
    .where('resident_id', '=', residentId)
    .execute();
}

/**
 * Retention for people without a file: their contact details are removed some months after the
 * event ended; the row (status, attendance) stays for the counts. Returns how many changed.
 */
export async function anonymiseLapsedContacts(
  db: Db,
  endedBefore: Date,
  anonymousName: string,
  limit: number,
): Promise<number> {
  const result = await sql`
    UPDATE event_registrations r
    SET name = ${anonymousName}, email = NULL, phone = NULL, link_origin = NULL,
        person_key = 'anonymised:' || r.id, anonymised_at = now(), updated_at = now()
    WHERE (r.center_id, r.id) IN (
      SELECT r2.center_id, r2.id FROM event_registrations r2
      JOIN events e ON e.center_id = r2.center_id AND e.id = r2.event_id
      WHERE r2.resident_id IS NULL AND r2.anonymised_at IS NULL AND e.ends_at < ${endedBefore}
      LIMIT ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Undoing a check-in tapped by mistake takes its line off the resident's timeline too: the
 * timeline says what happened, and the audit log keeps both taps.
 */
export async function withdrawAttendanceEntry(
  db: Db,
  centerId: string,
  registrationId: string,
): Promise<void> {
  await db
    .deleteFrom('timeline_entries')
    .where('center_id', '=', centerId)
    .where('source_id', '=', registrationId)
    .where('kind', '=', 'event.attended')
    .execute();
}
