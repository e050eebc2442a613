// Turns a person's family facts (names, gender, birth day) into a full record with valid,
// unique identifiers, contact details and economic data.
import { makeAfm, makeAmka, AMKA_SERIALS_PER_DATE_AND_GENDER } from '../../src/lib/identifiers.js';
import { transliterateElot743 } from '../../src/lib/greek-text.js';
import { ageOn, formatDayNumber, toDayNumber, yearOf } from './dates.js';
import {
  pickDisabilityPercent,
  pickEmploymentStatus,
  pickIncomes,
  pickIscedLevel,
} from './economics.js';
import { FOREIGN_ORIGINS } from './foreign-names.js';
import {
  GREEK_FEMALE_NAMES,
  GREEK_MALE_NAMES,
  GREEK_SURNAMES,
  feminineSurname,
} from './greek-names.js';
import { buildWeightedTable, chance, createRng, intBetween, pick, weightedPick } from './random.js';
import type { Rng, WeightedTable } from './random.js';
import type { Gender, GeneratedPerson, HouseholdRole } from './types.js';

export interface NamePool {
  nationality: string;
  migrant: boolean;
  maleNames: WeightedTable<string>;
  femaleNames: WeightedTable<string>;
  surnames: WeightedTable<string>;
  feminine: (masculineSurname: string) => string;
  unknownBirthDayShare: number;
}

/** Surname lists are short, so each feminine form is worked out once per run. */
function memoize(convert: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = convert(text);
      cache.set(text, result);
    }
    return result;
  };
}

const GREEK_POOL: NamePool = {
  nationality: 'GR',
  migrant: false,
  maleNames: buildWeightedTable(GREEK_MALE_NAMES),
  femaleNames: buildWeightedTable(GREEK_FEMALE_NAMES),
  surnames: buildWeightedTable(GREEK_SURNAMES),
  feminine: memoize(feminineSurname),
  unknownBirthDayShare: 0,
};

const withEqualWeights = (names: readonly string[]) =>
  buildWeightedTable(names.map((name) => [name, 1] as const));

const FOREIGN_POOLS = buildWeightedTable(
  FOREIGN_ORIGINS.map((origin): [NamePool, number] => [
    {
      nationality: origin.nationality,
      migrant: true,
      maleNames: withEqualWeights(origin.maleNames),
      femaleNames: withEqualWeights(origin.femaleNames),
      surnames: withEqualWeights(origin.surnames),
      feminine: (surname) => surname, // foreign surnames are not declined
      unknownBirthDayShare: origin.unknownBirthDayShare,
    },
    origin.weight,
  ]),
);

/** About one household in seven that visits an Attica Community Center is of migrant origin. */
export function pickNamePool(rng: Rng): NamePool {
  return chance(rng, 0.15) ? weightedPick(rng, FOREIGN_POOLS) : GREEK_POOL;
}

export function pickGivenName(rng: Rng, pool: NamePool, gender: Gender): string {
  return weightedPick(rng, gender === 'male' ? pool.maleNames : pool.femaleNames);
}

/** Family facts of one member, before identifiers and economics are added. */
export interface PersonSpec {
  role: HouseholdRole;
  gender: Gender;
  birthDay: number;
  /** Current surname in its masculine (dictionary) form. */
  surnameBase: string;
  birthSurnameBase: string;
  givenName: string;
  fatherName: string;
  motherName: string;
  nationality: string;
}

/** Counters and sets that keep identifiers unique across one generation run. */
export interface GenerationContext {
  rng: Rng;
  asOf: string;
  asOfDay: number;
  amkaCounts: Map<string, number>;
  afms: Set<string>;
  emails: Set<string>;
}

export function createContext(seed: number | string, asOf: string): GenerationContext {
  return {
    rng: createRng(seed),
    asOf,
    asOfDay: toDayNumber(asOf),
    amkaCounts: new Map(),
    afms: new Set(),
    emails: new Set(),
  };
}

// A stride coprime with 5,000 walks through every serial once, so codes never repeat while
// the serials look scattered rather than 000, 001, 002…
const AMKA_SERIAL_STRIDE = 1237;

function allocateAmka(ctx: GenerationContext, birthDate: string, gender: Gender): string {
  // Keyed on YYMMDD, not the full date: the ΑΜΚΑ cannot tell 1925 from 2025.
  const yymmdd = birthDate.slice(2).replaceAll('-', '');
  const key = yymmdd + gender;
  const count = ctx.amkaCounts.get(key) ?? 0;
  if (count >= AMKA_SERIALS_PER_DATE_AND_GENDER) {
    throw new RangeError(`More than 5,000 people of one gender born on ${birthDate}`);
  }
  ctx.amkaCounts.set(key, count + 1);
  const offset = (Number(yymmdd) * 7919) % AMKA_SERIALS_PER_DATE_AND_GENDER;
  const serial = (offset + count * AMKA_SERIAL_STRIDE) % AMKA_SERIALS_PER_DATE_AND_GENDER;
  return makeAmka(birthDate, serial, gender);
}

/** ΑΦΜ issued before 1999 start with 0; later ones with 1–4 (individuals). */
function allocateAfm(ctx: GenerationContext, birthYear: number): string {
  for (;;) {
    const first = birthYear < 1981 && chance(ctx.rng, 0.7) ? 0 : intBetween(ctx.rng, 1, 4);
    const first8 = String(first) + String(intBetween(ctx.rng, 0, 9_999_999)).padStart(7, '0');
    if (first8 === '00000000') continue;
    const afm = makeAfm(first8);
    if (!ctx.afms.has(afm)) {
      ctx.afms.add(afm);
      return afm;
    }
  }
}

const MOBILE_PREFIXES = ['690', '693', '694', '695', '697', '698', '699'] as const;

function pickMobilePhone(rng: Rng): string {
  const subscriber = String(intBetween(rng, 0, 9_999_999)).padStart(7, '0');
  return '+30' + pick(rng, MOBILE_PREFIXES) + subscriber;
}

function toEmailWord(greek: string): string {
  return transliterateElot743(greek)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

// Reserved example domains (RFC 2606): demo mail must never reach a real person.
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

function pickEmail(ctx: GenerationContext, spec: PersonSpec, surname: string): string {
  const given = toEmailWord(spec.givenName);
  const family = toEmailWord(surname);
  const year = String(yearOf(spec.birthDay)).slice(2);
  const local = pick(ctx.rng, [
    `${given}.${family}`,
    `${family}.${given}`,
    `${given.charAt(0)}${family}${year}`,
    `${given}_${family}${year}`,
  ]);
  const domain = pick(ctx.rng, EMAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; ctx.emails.has(email); n++) email = `${local}${n}@${domain}`;
  ctx.emails.add(email);
  return email;
}

function emailShare(age: number): number {
  if (age < 18) return 0;
  if (age < 60) return 0.45;
  return age < 75 ? 0.15 : 0.03;
}

export function createPerson(
  ctx: GenerationContext,
  pool: NamePool,
  spec: PersonSpec,
  memberIndex: number,
): GeneratedPerson {
  const { rng } = ctx;
  const birthDay = chance(rng, pool.unknownBirthDayShare)
    ? toDayNumber(`${yearOf(spec.birthDay)}-01-01`) // papers issued without a known birthday
    : spec.birthDay;
  const birthDate = formatDayNumber(birthDay);
  const age = ageOn(birthDate, ctx.asOf);
  const isFemale = spec.gender === 'female';
  const surname = isFemale ? pool.feminine(spec.surnameBase) : spec.surnameBase;
  const employmentStatus = pickEmploymentStatus(rng, age, spec.gender);
  const adult = age >= 18;
  const hasMobile = adult && chance(rng, age >= 80 ? 0.5 : 0.88);
  return {
    memberIndex,
    role: spec.role,
    gender: spec.gender,
    surname,
    birthSurname: isFemale ? pool.feminine(spec.birthSurnameBase) : spec.birthSurnameBase,
    givenName: spec.givenName,
    fatherName: spec.fatherName,
    motherName: spec.motherName,
    birthDate,
    amka: allocateAmka(ctx, birthDate, spec.gender),
    afm: adult ? allocateAfm(ctx, yearOf(birthDay)) : null,
    mobilePhone: hasMobile ? pickMobilePhone(rng) : null,
    email: chance(rng, emailShare(age)) ? pickEmail(ctx, spec, surname) : null,
    nationality: spec.nationality,
    employmentStatus,
    iscedLevel: pickIscedLevel(rng, age, yearOf(birthDay)),
    disabilityPercent: pickDisabilityPercent(rng, age),
    incomes: pickIncomes(rng, employmentStatus, age),
  };
}
