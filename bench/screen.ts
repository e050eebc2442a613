import { performance } from 'node:perf_hooks';
import { screen } from '../src/modules/benefits/rules/engine.js';
import { defaultParameterSet } from '../src/modules/benefits/rules/parameters.js';
import type { ScreeningInput, ScreeningMember } from '../src/modules/benefits/rules/types.js';
import { ageOn } from './generate/dates.js';
import { generateHouseholds } from './generate/households.js';
import type { GeneratedHousehold, GeneratedPerson } from './generate/types.js';
import { round, type Outcome } from './lib/report.js';

const HOUSEHOLDS = 2_000;
const SEED = 4512;
const AS_OF = '2026-01-15';
const WARM_UP_ROUNDS = 3;
const MIN_SECONDS = 3;

const relationship: Record<GeneratedPerson['role'], ScreeningMember['relationship']> = {
  head: 'reference',
  spouse: 'spouse',
  child: 'child',
  parent: 'parent',
};

function toMember(person: GeneratedPerson, index: number): ScreeningMember {
  const age = ageOn(person.birthDate, AS_OF);
  const income = person.incomes.reduce((sum, i) => sum + i.amount, 0);
  const pension = person.incomes.find((i) => i.type === 'pension');
  return {
    id: String(index),
    relationship: relationship[person.role],
    age,
    gender: person.gender,
    disabilityPercent: person.disabilityPercent ?? 0,
    disabilityKind: person.disabilityPercent ? (index % 2 === 0 ? 'mobility' : 'other') : null,
    isStudent: person.employmentStatus === 'student',
    employed: person.employmentStatus === 'employed' || person.employmentStatus === 'self_employed',
    yearlyIncome: Math.round(income * 100) / 100,
    monthlyPension: pension ? Math.round((pension.amount / 14) * 100) / 100 : 0,
    insuredForPension: person.employmentStatus !== 'inactive',
    residenceStatus: person.nationality === 'GR' ? 'greek' : 'third_country_permanent',
    residenceYears: person.nationality === 'GR' ? age : Math.min(age, 12),
  };
}

/** A generated household as staff screening would feed it, some facts left unknown on purpose. */
export function toScreeningInput(household: GeneratedHousehold): ScreeningInput {
  const members = household.members.map(toMember);
  const yearly = members.reduce((sum, m) => sum + (m.yearlyIncome ?? 0), 0);
  const unknown = household.id % 5 === 0;
  return {
    asOf: AS_OF,
    members,
    incomeLast6Months: unknown ? null : Math.round(yearly * 50) / 100,
    realEstateValue: household.assets.realEstateValue,
    deposits: household.assets.deposits,
    vehiclesValue: household.assets.vehiclesValue,
    yearlyRent: household.yearlyRentPaid,
    hasElectronicLease: household.tenure === 'tenant' ? !unknown : false,
    residesInMunicipality: true,
    lifeSupportDevice: unknown ? null : false,
    largeFamily: members.filter((m) => m.relationship === 'child').length >= 3,
    newbornOrder: household.id % 7 === 0 ? 1 : 0,
    motherInsuredAtBirth: household.id % 14 === 0 ? true : null,
  };
}

/**
 * `screen_per_s`: one household against every benefit, explanations included, in-process on one
 * core, over a mix of generated households (docs/decisions/0003-benchmarks.md).
 */
export async function screenBench(): Promise<Outcome> {
  const parameters = defaultParameterSet();
  const inputs = generateHouseholds(HOUSEHOLDS, SEED, { asOf: AS_OF }).map(toScreeningInput);
  // Fresh objects per round: the engine caches per input object, and a real screening is new.
  const fresh = () =>
    inputs.map((input) => ({ ...input, members: input.members.map((m) => ({ ...m })) }));
  let verdicts = 0;
  for (let i = 0; i < WARM_UP_ROUNDS; i++)
    for (const input of fresh()) verdicts += screen(input, parameters).length;
  let screened = 0;
  let elapsed = 0;
  while (elapsed < MIN_SECONDS * 1000) {
    const round = fresh();
    const started = performance.now();
    for (const input of round) verdicts += screen(input, parameters).length;
    elapsed += performance.now() - started;
    screened += round.length;
  }
  const perSecond = screened / (elapsed / 1000);
  return {
    database: 'none',
    measurements: [
      {
        metric: 'screen_per_s',
        value: round(perSecond, 0),
        unit: 'households/s',
        notes: `${screened} screenings of ${HOUSEHOLDS} generated households, ${verdicts} verdicts with explanations; budget ≥ 5000`,
      },
    ],
  };
}
