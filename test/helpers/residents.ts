import { sql } from 'kysely';
import type { Db } from '../../src/db/connection.js';

/**
 * Residents for tests of other modules, written with the registry's first columns only
 * (migration 0002), so those tests do not depend on how the residents module grows.
 */
export async function insertTestResident(
  db: Db,
  centerId: string,
  values: { surname: string; givenName: string; birthDate?: string; gender?: 'male' | 'female' },
): Promise<string> {
  const row = await db
    .insertInto('residents')
    .values({
      center_id: centerId,
      surname: values.surname,
      given_name: values.givenName,
      birth_date: values.birthDate ?? null,
      gender: values.gender ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A resident with a full contact profile (for exports and anonymisation), overridable. */
export async function insertProfiledTestResident(
  db: Db,
  centerId: string,
  values: Partial<{
    surname: string;
    given_name: string;
    father_name: string;
    birth_date: string;
    gender: 'male' | 'female' | 'other';
    amka: string;
    afm: string;
    mobile_phone: string;
    email: string;
    street: string;
    postcode: string;
    nationality: string;
    created_at: Date;
  }> = {},
): Promise<string> {
  const row = await db
    .insertInto('residents')
    .values({
      center_id: centerId,
      surname: 'Παπαδοπούλου',
      given_name: 'Ελένη',
      father_name: 'Γεώργιος',
      birth_date: '1980-03-15',
      gender: 'female',
      mobile_phone: '6912345678',
      email: 'eleni@example.gr',
      street: 'Ερμού',
      postcode: '15124',
      nationality: 'GR',
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A timeline entry written directly, with an explicit date (for retention and statistics). */
export async function insertTestTimelineEntry(
  db: Db,
  centerId: string,
  residentId: string,
  occurredAt: Date,
  kind = 'request.logged',
): Promise<void> {
  await sql`
    INSERT INTO timeline_entries (center_id, resident_id, occurred_at, kind, details)
    VALUES (${centerId}, ${residentId}, ${occurredAt}, ${kind}, '{}')`.execute(db);
}
