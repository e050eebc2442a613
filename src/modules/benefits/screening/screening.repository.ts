import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { ScreeningsTable } from './screening.tables.js';

export type ScreeningRow = Selectable<ScreeningsTable> & { created_by_name: string | null };

export async function insertScreening(
  db: Db,
  values: Insertable<ScreeningsTable>,
): Promise<{ id: string }> {
  return db.insertInto('screenings').values(values).returning('id').executeTakeFirstOrThrow();
}

function selectScreenings(db: Db, centerId: string) {
  return db
    .selectFrom('screenings as s')
    .leftJoin('staff as st', (join) =>
      join.onRef('st.center_id', '=', 's.center_id').onRef('st.id', '=', 's.created_by'),
    )
    .selectAll('s')
    .select('st.display_name as created_by_name')
    .where('s.center_id', '=', centerId);
}

export function findScreening(
  db: Db,
  centerId: string,
  id: string,
): Promise<ScreeningRow | undefined> {
  return selectScreenings(db, centerId).where('s.id', '=', id).executeTakeFirst();
}

export function listScreeningsOfHousehold(
  db: Db,
  centerId: string,
  householdId: string,
): Promise<ScreeningRow[]> {
  return selectScreenings(db, centerId)
    .where('s.household_id', '=', householdId)
    .orderBy('s.created_at', 'desc')
    .limit(200)
    .execute();
}
