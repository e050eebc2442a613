import pg from 'pg';
import { transliterateElot743 } from '../../src/lib/greek-text.js';
import { residentSearchKeys } from '../../src/modules/residents/name-keys.js';
import type { GeneratedHousehold, GeneratedPerson } from '../generate/types.js';

const COLUMNS = [
  'center_id',
  'surname',
  'given_name',
  'father_name',
  'mother_name',
  'birth_date',
  'gender',
  'amka',
  'afm',
  'mobile_phone',
  'email',
  'street',
  'street_number',
  'postcode',
  'area',
  'nationality',
  'employment_status',
  'education_level',
  'disability_percent',
  'latin_surname',
  'latin_given_name',
  'search_tokens',
  'search_text',
] as const;
const BATCH = 1_000;
const PARALLEL = 4;

function rowOf(centerId: string, household: GeneratedHousehold, person: GeneratedPerson) {
  const keys = residentSearchKeys(person);
  return [
    centerId,
    person.surname,
    person.givenName,
    person.fatherName,
    person.motherName,
    person.birthDate,
    person.gender,
    person.amka,
    person.afm,
    person.mobilePhone,
    person.email,
    household.address.street,
    household.address.number,
    household.address.postcode,
    household.address.municipality,
    person.nationality,
    person.employmentStatus,
    person.iscedLevel,
    person.disabilityPercent,
    transliterateElot743(person.surname),
    transliterateElot743(person.givenName),
    keys.tokens,
    keys.text,
  ];
}

async function insertBatch(pool: pg.Pool, rows: unknown[][]): Promise<void> {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = row.map((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${placeholders.join(',')})`;
  });
  // Generated data repeats no ΑΜΚΑ/ΑΦΜ in principle; a rare clash is skipped, not fatal.
  await pool.query(
    `INSERT INTO residents (${COLUMNS.join(',')}) VALUES ${tuples.join(',')} ON CONFLICT DO NOTHING`,
    params,
  );
}

/**
 * Loads generated households' people into one Center with multi-row INSERTs, computing the
 * search keys in TypeScript exactly as the API does, then fills the Center's search terms.
 * Returns how many rows were inserted.
 */
export async function loadResidents(
  dbUrl: string,
  centerId: string,
  households: GeneratedHousehold[],
): Promise<number> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: PARALLEL });
  try {
    const rows = households.flatMap((household) =>
      household.members.map((person) => rowOf(centerId, household, person)),
    );
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const start = next;
        next += BATCH;
        await insertBatch(pool, rows.slice(start, start + BATCH));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await pool.query(
      `INSERT INTO resident_search_terms (center_id, term)
       SELECT DISTINCT center_id, unnest(search_tokens) FROM residents WHERE center_id = $1
       ON CONFLICT DO NOTHING`,
      [centerId],
    );
    await pool.query('ANALYZE residents');
    await pool.query('ANALYZE resident_search_terms');
    const counted = await pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM residents WHERE center_id = $1',
      [centerId],
    );
    return Number(counted.rows[0]?.n ?? 0);
  } finally {
    await pool.end();
  }
}
