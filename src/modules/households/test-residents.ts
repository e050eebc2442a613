import type { Db } from '../../db/connection.js';

/** A resident row with only the registry's first columns (0002), for tests of other modules. */
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
      amka: null,
      afm: null,
      father_name: null,
      mother_name: null,
      mobile_phone: null,
      email: null,
      street: null,
      street_number: null,
      postcode: null,
      nationality: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
