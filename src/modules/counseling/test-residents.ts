import type { Db } from '../../db/connection.js';

/**
 * For this module's tests: a resident with the registry's first columns only (migration 0002),
 * so the tests do not depend on how the residents module grows.
 */
export async function insertTestResident(
  db: Db,
  centerId: string,
  name: { surname: string; givenName: string },
): Promise<string> {
  const row = await db
    .insertInto('residents')
    .values({ center_id: centerId, surname: name.surname, given_name: name.givenName })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
