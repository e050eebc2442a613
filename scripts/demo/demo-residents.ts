import { ageOn } from '../../bench/generate/dates.js';
import { generateHouseholdsForPeople } from '../../bench/generate/households.js';
import { chance, type Rng } from '../../bench/generate/random.js';
import type { GeneratedPerson } from '../../bench/generate/types.js';
import type { Db } from '../../src/db/connection.js';
import { transliterateElot743 } from '../../src/lib/greek-text.js';
import { residentSearchKeys } from '../../src/modules/residents/name-keys.js';
import { addSearchTerms } from '../../src/modules/residents/residents.repository.js';
import { HISTORY_DAYS, type DemoResident } from './demo-context.js';

const EU_EEA_CH = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH'.split(
    ' ',
  ),
);

/**
 * The ESF+ entry-sheet answers (residents.schemas.ts ESF_QUESTIONS) of an adult who gave them:
 * about three in four did; the others' sheets stay empty, as in a real Center.
 */
function esfAnswers(rng: Rng, person: GeneratedPerson, age: number): Record<string, string> {
  if (age < 15 || !chance(rng, 0.75)) return {};
  const reserved = () => (chance(rng, 0.05) ? 'prefer_not_to_say' : null);
  return {
    disability: reserved() ?? (person.disabilityPercent !== null ? 'yes' : 'no'),
    thirdCountryNational: reserved() ?? (EU_EEA_CH.has(person.nationality) ? 'no' : 'yes'),
    foreignBackground: reserved() ?? (person.nationality === 'GR' ? 'no' : 'yes'),
    minority: reserved() ?? (chance(rng, 0.04) ? 'yes' : 'no'),
    homeless: chance(rng, 0.02) ? 'yes' : 'no',
    ruralArea: 'no',
  };
}

function searchColumns(person: { surname: string; givenName: string; fatherName: string }) {
  const keys = residentSearchKeys(person);
  return {
    latin_surname: transliterateElot743(person.surname),
    latin_given_name: transliterateElot743(person.givenName),
    search_tokens: keys.tokens,
    search_text: keys.text,
  };
}

/**
 * Residents with Greek names from the deterministic generator, with what the ESF+ indicators
 * read (gender, birth date, employment, education, disability, nationality, ESF answers). Each
 * household came to the Center on one day of the last ~14 months, the file made that day.
 */
export async function insertDemoResidents(
  trx: Db,
  centerId: string,
  count: number,
  rng: Rng,
  now: Date,
): Promise<DemoResident[]> {
  const households = generateHouseholdsForPeople(count, 'koinotita-demo');
  const today = now.toISOString().slice(0, 10);
  const rows = households.flatMap((household) => {
    const arrivedAt = new Date(now.getTime() - (2 + rng() * (HISTORY_DAYS - 2)) * 86_400_000);
    return household.members.map((person) => {
      const age = ageOn(person.birthDate, today);
      return {
        household: household.id,
        age,
        arrivedAt,
        values: {
          ...searchColumns(person),
          center_id: centerId,
          surname: person.surname,
          given_name: person.givenName,
          father_name: person.fatherName,
          mother_name: person.motherName,
          birth_date: person.birthDate,
          gender: person.gender,
          amka: person.amka,
          afm: person.afm,
          mobile_phone: person.mobilePhone,
          email: person.email,
          street: household.address.street,
          street_number: household.address.number,
          postcode: household.address.postcode,
          nationality: person.nationality,
          employment_status: age >= 15 ? person.employmentStatus : null,
          education_level: age >= 6 && chance(rng, 0.9) ? person.iscedLevel : null,
          disability_percent: person.disabilityPercent,
          esf: JSON.stringify(esfAnswers(rng, person, age)),
          created_at: arrivedAt,
        },
      };
    });
  });
  const inserted = await trx
    .insertInto('residents')
    .values(rows.map((row) => row.values))
    .returning(['id', 'amka', 'surname', 'given_name', 'mobile_phone'])
    .execute();
  await addSearchTerms(trx, centerId, [...new Set(rows.flatMap((r) => r.values.search_tokens))]);
  // Matched by ΑΜΚΑ (unique per person), not by position: RETURNING promises no order.
  const byAmka = new Map(rows.map((row) => [row.values.amka, row]));
  return inserted.map((row) => {
    const source = byAmka.get(row.amka ?? '');
    if (!source) throw new Error('an inserted resident has no generated row');
    return {
      id: row.id,
      name: `${row.given_name} ${row.surname}`,
      household: source.household,
      age: source.age,
      mobilePhone: row.mobile_phone,
      arrivedAt: source.arrivedAt,
    };
  });
}
