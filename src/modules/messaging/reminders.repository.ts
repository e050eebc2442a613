import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Channel } from './outbox-delivery.repository.js';

export const REMINDER_KIND = 'appointment.reminder';

/**
 * Booked appointments whose reminder moment has come (`hoursBefore` before the start) and that
 * still lie ahead, with what the reminder says, lacking a reminder on some channel for their
 * current start time. Booked after that moment = no reminder: the confirmation just arrived.
 */
export function findDueReminders(db: Db, now: Date, hoursBefore: number) {
  const horizon = new Date(now.getTime() + hoursBefore * 3_600_000);
  return db
    .selectFrom('appointments as a')
    .innerJoin('centers as c', 'c.id', 'a.center_id')
    .innerJoin('appointment_types as t', (join) =>
      join.onRef('t.center_id', '=', 'a.center_id').onRef('t.id', '=', 'a.type_id'),
    )
    .innerJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.staff_id'),
    )
    .leftJoin('waitlist as w', (join) =>
      join.onRef('w.center_id', '=', 'a.center_id').onRef('w.appointment_id', '=', 'a.id'),
    )
    .selectAll('a')
    .select([
      'c.name_el as center_name_el',
      'c.name_en as center_name_en',
      'c.street',
      'c.street_number',
      'c.postcode',
      'c.city_el',
      'c.city_en',
      'c.phones',
      'c.timezone',
      't.name_el as type_name_el',
      't.name_en as type_name_en',
      's.display_name as staff_name',
      'w.language',
      'w.link_origin',
    ])
    .where('a.status', '=', 'booked')
    .where('a.starts_at', '>', now)
    .where('a.starts_at', '<=', horizon)
    .where(sql<boolean>`a.created_at < a.starts_at - make_interval(hours => ${hoursBefore})`)
    .where((eb) =>
      eb.or([eb('a.contact_email', 'is not', null), eb('a.contact_phone', 'is not', null)]),
    )
    .where(
      sql<boolean>`(SELECT count(*) FROM outbox_messages m
        WHERE m.kind = ${REMINDER_KIND} AND m.center_id = a.center_id
          AND m.appointment_id = a.id AND m.appointment_starts_at = a.starts_at)
        < (CASE WHEN a.contact_email IS NULL THEN 0 ELSE 1 END
           + CASE WHEN a.contact_phone IS NULL THEN 0 ELSE 1 END)`,
    )
    .orderBy('a.starts_at')
    .limit(500)
    .execute();
}

export type DueReminder = Awaited<ReturnType<typeof findDueReminders>>[number];

export interface NewReminder {
  centerId: string;
  appointmentId: string;
  appointmentStartsAt: Date;
  channel: Channel;
  to: string;
  subject: string;
  body: string;
}

/**
 * Queues reminders; the unique index (center, appointment, start time, channel) makes a second
 * insert of the same reminder, by a rescan or by another process, a no-op. Returns how many
 * were new.
 */
export async function insertReminders(db: Db, reminders: readonly NewReminder[]): Promise<number> {
  if (reminders.length === 0) return 0;
  const result = await sql`
    INSERT INTO outbox_messages
      (center_id, kind, channel, "to", subject, body, appointment_id, appointment_starts_at)
    SELECT center_id, ${REMINDER_KIND}, channel, "to", subject, body, appointment_id, starts_at
    FROM unnest(
      ${reminders.map((r) => r.centerId)}::uuid[],
      ${reminders.map((r) => r.channel)}::text[],
      ${reminders.map((r) => r.to)}::text[],
      ${reminders.map((r) => r.subject)}::text[],
      ${reminders.map((r) => r.body)}::text[],
      ${reminders.map((r) => r.appointmentId)}::uuid[],
      ${reminders.map((r) => r.appointmentStartsAt.toISOString())}::timestamptz[])
      AS r (center_id, channel, "to", subject, body, appointment_id, starts_at)
    ON CONFLICT (center_id, appointment_id, appointment_starts_at, channel)
      WHERE kind = 'appointment.reminder' DO NOTHING
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** One scanner at a time across processes; the others skip this minute's scan. */
export async function tryScanLock(trx: Db): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`
    SELECT pg_try_advisory_xact_lock(hashtext('koinotita.reminders.scan')) AS locked
  `.execute(trx);
  return result.rows[0]?.locked === true;
}
