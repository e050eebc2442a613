// Who lives together: the members of each household composition, with ages that fit their roles
// (parents at least 18 years older than their children) and Greek naming customs.
import { subtractYears, yearOf } from './dates.js';
import { chance, intBetween, normal, weightedPick, buildWeightedTable } from './random.js';
import { pickGivenName } from './people.js';
import type { GenerationContext, NamePool, PersonSpec } from './people.js';
import type { Gender, HouseholdComposition, HouseholdRole } from './types.js';

const DAYS_PER_YEAR = 365.25;
const MIN_PARENT_AGE_AT_BIRTH = 18;

function addYears(day: number, years: number): number {
  return subtractYears(day, -years);
}

/** A birth day giving an age from minAge to maxAge (inclusive) on the as-of date. */
function pickBirthDayForAge(ctx: GenerationContext, minAge: number, maxAge: number): number {
  const earliest = subtractYears(ctx.asOfDay, maxAge + 1) + 1;
  const latest = subtractYears(ctx.asOfDay, minAge);
  return intBetween(ctx.rng, earliest, latest);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function makeAdult(
  ctx: GenerationContext,
  pool: NamePool,
  role: HouseholdRole,
  gender: Gender,
  birthDay: number,
): PersonSpec {
  const surname = weightedPick(ctx.rng, pool.surnames);
  return {
    role,
    gender,
    birthDay,
    surnameBase: surname,
    birthSurnameBase: surname,
    givenName: pickGivenName(ctx.rng, pool, gender),
    fatherName: pickGivenName(ctx.rng, pool, 'male'),
    motherName: pickGivenName(ctx.rng, pool, 'female'),
    nationality: pool.nationality,
  };
}

/**
 * Since ν.1329/1983 a bride keeps her surname by law, yet many still use the husband's;
 * women married before the law almost always did.
 */
function applyMarriedSurname(ctx: GenerationContext, wife: PersonSpec, husband: PersonSpec): void {
  const marriedBeforeLaw = yearOf(wife.birthDay) < 1958; // so married by 1983
  if (chance(ctx.rng, marriedBeforeLaw ? 0.95 : 0.55)) wife.surnameBase = husband.surnameBase;
}

/** A spouse of the other gender; wives are on average 3 years younger. */
function makeSpouse(
  ctx: GenerationContext,
  pool: NamePool,
  partner: PersonSpec,
  minAge: number,
): PersonSpec {
  const husbandOlderBy = normal(ctx.rng, 3, 3) * DAYS_PER_YEAR;
  const offset = Math.round(partner.gender === 'male' ? husbandOlderBy : -husbandOlderBy);
  const latest = subtractYears(ctx.asOfDay, minAge);
  const earliest = subtractYears(ctx.asOfDay, 98);
  const birthDay = clamp(partner.birthDay + offset, earliest, latest);
  const gender: Gender = partner.gender === 'male' ? 'female' : 'male';
  const spouse = makeAdult(ctx, pool, 'spouse', gender, birthDay);
  if (gender === 'female') applyMarriedSurname(ctx, spouse, partner);
  else applyMarriedSurname(ctx, partner, spouse);
  return spouse;
}

/** Children are named after grandparents: father's parents first, then mother's. */
function pickChildName(
  ctx: GenerationContext,
  pool: NamePool,
  gender: Gender,
  order: number,
  grandparents: { paternal: string | undefined; maternal: string | undefined },
  taken: Set<string>,
): string {
  const custom = order === 0 ? grandparents.paternal : order === 1 ? grandparents.maternal : null;
  if (custom && !taken.has(custom) && chance(ctx.rng, order === 0 ? 0.5 : 0.4)) return custom;
  let name = pickGivenName(ctx.rng, pool, gender);
  for (let tries = 0; taken.has(name) && tries < 5; tries++) {
    name = pickGivenName(ctx.rng, pool, gender);
  }
  return name;
}

function pickChildBirthDays(
  ctx: GenerationContext,
  parents: readonly PersonSpec[],
  count: number,
): number[] {
  const youngestParent = Math.max(...parents.map((parent) => parent.birthDay));
  const mother = parents.find((parent) => parent.gender === 'female');
  const earliest = Math.max(
    addYears(youngestParent, MIN_PARENT_AGE_AT_BIRTH),
    // Dependent children are at most 24; born no earlier than 24 years ago, so that moving an
    // unknown birthday to 1 January (see createPerson) cannot make them 25.
    subtractYears(ctx.asOfDay, 24) + 1,
  );
  const latest = Math.min(ctx.asOfDay, mother ? addYears(mother.birthDay, 45) : ctx.asOfDay);
  const days: number[] = [];
  if (latest < earliest) return days; // e.g. a mother past 45 when the youngest would be born
  for (let i = 0; i < count; i++) {
    let day = intBetween(ctx.rng, earliest, latest);
    // Siblings are usually a year or more apart.
    for (let tries = 0; tries < 8 && days.some((d) => Math.abs(d - day) < 300); tries++) {
      day = intBetween(ctx.rng, earliest, latest);
    }
    days.push(day);
  }
  return days.sort((a, b) => a - b);
}

/** Children of `parents` (one or two present); an absent parent is known only by name. */
function makeChildren(
  ctx: GenerationContext,
  pool: NamePool,
  parents: readonly PersonSpec[],
  count: number,
): PersonSpec[] {
  const father = parents.find((parent) => parent.gender === 'male');
  const mother = parents.find((parent) => parent.gender === 'female');
  const fatherName = father?.givenName ?? pickGivenName(ctx.rng, pool, 'male');
  const motherName = mother?.givenName ?? pickGivenName(ctx.rng, pool, 'female');
  const surname = father?.surnameBase ?? weightedPick(ctx.rng, pool.surnames);
  const taken = new Set<string>();
  const perGender = { male: 0, female: 0 };
  return pickChildBirthDays(ctx, parents, count).map((birthDay) => {
    const gender: Gender = chance(ctx.rng, 0.51) ? 'male' : 'female';
    const grandparents =
      gender === 'male'
        ? { paternal: father?.fatherName, maternal: mother?.fatherName }
        : { paternal: father?.motherName, maternal: mother?.motherName };
    const givenName = pickChildName(ctx, pool, gender, perGender[gender]++, grandparents, taken);
    taken.add(givenName);
    // Albanian families who settled in the 1990s often have children with Greek citizenship.
    const naturalized = pool.nationality === 'AL' && chance(ctx.rng, 0.3);
    return {
      role: 'child',
      gender,
      birthDay,
      surnameBase: surname,
      birthSurnameBase: surname,
      givenName,
      fatherName,
      motherName,
      nationality: naturalized ? 'GR' : pool.nationality,
    };
  });
}

const CHILDREN_OF_COUPLE = buildWeightedTable([
  [1, 35],
  [2, 42],
  [3, 16],
  [4, 7],
]);
const CHILDREN_OF_SINGLE_PARENT = buildWeightedTable([
  [1, 55],
  [2, 35],
  [3, 10],
]);

/** Parents of the head who live with them; the head carries their names. */
function makeHeadsParents(ctx: GenerationContext, pool: NamePool, head: PersonSpec): PersonSpec[] {
  const oldest = subtractYears(ctx.asOfDay, 98);
  const youngest = subtractYears(head.birthDay, MIN_PARENT_AGE_AT_BIRTH + 4);
  const fatherDay = clamp(
    subtractYears(head.birthDay, intBetween(ctx.rng, 22, 40)),
    oldest,
    youngest,
  );
  const father = makeAdult(ctx, pool, 'parent', 'male', fatherDay);
  father.surnameBase = head.birthSurnameBase;
  father.birthSurnameBase = head.birthSurnameBase;
  father.givenName = head.fatherName;
  const motherDay = clamp(
    fatherDay + Math.round(normal(ctx.rng, 3, 3) * DAYS_PER_YEAR),
    oldest,
    youngest,
  );
  const mother = makeAdult(ctx, pool, 'parent', 'female', motherDay);
  mother.givenName = head.motherName;
  applyMarriedSurname(ctx, mother, father);
  const who = ctx.rng();
  if (who < 0.4) return [father, mother];
  return who < 0.85 ? [mother] : [father];
}

function buildSingleParent(ctx: GenerationContext, pool: NamePool): PersonSpec[] {
  const gender: Gender = chance(ctx.rng, 0.85) ? 'female' : 'male';
  const head = makeAdult(ctx, pool, 'head', gender, pickBirthDayForAge(ctx, 22, 58));
  const count = weightedPick(ctx.rng, CHILDREN_OF_SINGLE_PARENT);
  const children = makeChildren(ctx, pool, [head], count);
  // A divorced or widowed mother often still carries the children's father's surname.
  if (gender === 'female' && chance(ctx.rng, 0.6)) {
    head.surnameBase = children[0]?.surnameBase ?? head.surnameBase;
  }
  return [head, ...children];
}

/** An adult child (with or without spouse and children) living with their own parents. */
function buildMultiGenerational(ctx: GenerationContext, pool: NamePool): PersonSpec[] {
  const gender: Gender = chance(ctx.rng, 0.75) ? 'male' : 'female';
  const head = makeAdult(ctx, pool, 'head', gender, pickBirthDayForAge(ctx, 30, 55));
  const couple = chance(ctx.rng, 0.8) ? [head, makeSpouse(ctx, pool, head, 22)] : [head];
  const children = makeChildren(ctx, pool, couple, intBetween(ctx.rng, 0, 3));
  return [...couple, ...children, ...makeHeadsParents(ctx, pool, head)];
}

export const COMPOSITION_SHARES = buildWeightedTable<HouseholdComposition>([
  ['single_elderly', 18],
  ['single_adult', 14],
  ['couple', 14],
  ['couple_with_children', 30],
  ['single_parent', 12],
  ['multi_generational', 12],
]);

/** The largest household `buildMembers` can return (2 adults, 3 children, 2 grandparents). */
export const MAX_HOUSEHOLD_SIZE = 7;

export function buildMembers(
  ctx: GenerationContext,
  pool: NamePool,
  composition: HouseholdComposition,
): PersonSpec[] {
  const { rng } = ctx;
  switch (composition) {
    case 'single_elderly': {
      const gender: Gender = chance(rng, 0.7) ? 'female' : 'male';
      return [makeAdult(ctx, pool, 'head', gender, pickBirthDayForAge(ctx, 67, 97))];
    }
    case 'single_adult': {
      const gender: Gender = chance(rng, 0.55) ? 'male' : 'female';
      return [makeAdult(ctx, pool, 'head', gender, pickBirthDayForAge(ctx, 20, 66))];
    }
    case 'couple': {
      // Half of the couples who come to a Community Center are pensioners.
      const birthDay = chance(rng, 0.5)
        ? pickBirthDayForAge(ctx, 65, 90)
        : pickBirthDayForAge(ctx, 22, 64);
      const head = makeAdult(ctx, pool, 'head', 'male', birthDay);
      return [head, makeSpouse(ctx, pool, head, 20)];
    }
    case 'couple_with_children': {
      const head = makeAdult(ctx, pool, 'head', 'male', pickBirthDayForAge(ctx, 25, 58));
      const spouse = makeSpouse(ctx, pool, head, 20);
      spouse.birthDay = Math.max(spouse.birthDay, subtractYears(ctx.asOfDay, 60));
      const count = weightedPick(rng, CHILDREN_OF_COUPLE);
      return [head, spouse, ...makeChildren(ctx, pool, [head, spouse], count)];
    }
    case 'single_parent':
      return buildSingleParent(ctx, pool);
    case 'multi_generational':
      return buildMultiGenerational(ctx, pool);
  }
}
