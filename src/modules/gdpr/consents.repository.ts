import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ConsentPurpose, ConsentsTable } from './gdpr.tables.js';

function selectConsents(db: Db, centerId: string, residentId: string) {
  return db
    .selectFrom('consents')
    .leftJoin('staff', (join) =>
      join
        .onRef('staff.center_id', '=', 'consents.center_id')
        .onRef('staff.id', '=', 'consents.recorded_by'),
    )
    .selectAll('consents')
    .select('staff.display_name as recorder_name')
    .where('consents.center_id', '=', centerId)
    .where('consents.resident_id', '=', residentId);
}

export type ConsentRow = Awaited<ReturnType<typeof listConsentHistory>>[number];

/** Newest first: the first row of each purpose is its current state. */
export function listConsentHistory(db: Db, centerId: string, residentId: string) {
  return selectConsents(db, centerId, residentId)
    .orderBy('consents.recorded_at', 'desc')
    .orderBy('consents.id')
    .execute();
}

export function findCurrentConsent(
  db: Db,
  centerId: string,
  residentId: string,
  purpose: ConsentPurpose,
) {
  return selectConsents(db, centerId, residentId)
    .where('consents.purpose', '=', purpose)
    .orderBy('consents.recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertConsent(db: Db, values: Insertable<ConsentsTable>) {
  const { id } = await db
    .insertInto('consents')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return selectConsents(db, values.center_id, values.resident_id)
    .where('consents.id', '=', id)
    .executeTakeFirstOrThrow();
}
