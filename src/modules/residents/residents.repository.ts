import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ResidentsTable } from '../../db/types.js';

export type ResidentRow = Selectable<ResidentsTable>;

export function findResidentById(
  db: Db,
  centerId: string,
  id: string,
): Promise<ResidentRow | undefined> {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .executeTakeFirst();
}
