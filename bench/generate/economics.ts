// Employment, education, disability and money of generated people. Shares lean towards the
// people a Community Center serves: more unemployment, lower incomes and fewer assets than
// the Greek average. Amounts are yearly euros.
import { buildWeightedTable, chance, intBetween, logNormal, weightedPick } from './random.js';
import type { Rng, WeightedTable } from './random.js';
import type {
  EmploymentStatus,
  Gender,
  GeneratedAssets,
  GeneratedIncome,
  HousingTenure,
  IscedLevel,
} from './types.js';

type Shares<T> = WeightedTable<T>;

const YOUNG_ADULT: Shares<EmploymentStatus> = buildWeightedTable([
  ['student', 45],
  ['employed', 25],
  ['unemployed', 15],
  ['long_term_unemployed', 5],
  ['inactive', 10],
]);
const PRIME_AGE_MEN: Shares<EmploymentStatus> = buildWeightedTable([
  ['employed', 48],
  ['self_employed', 11],
  ['unemployed', 16],
  ['long_term_unemployed', 15],
  ['inactive', 10],
]);
const PRIME_AGE_WOMEN: Shares<EmploymentStatus> = buildWeightedTable([
  ['employed', 38],
  ['self_employed', 7],
  ['unemployed', 15],
  ['long_term_unemployed', 14],
  ['inactive', 26],
]);
const NEAR_RETIREMENT: Shares<EmploymentStatus> = buildWeightedTable([
  ['employed', 28],
  ['self_employed', 8],
  ['unemployed', 9],
  ['long_term_unemployed', 15],
  ['inactive', 15],
  ['retired', 25],
]);

export function pickEmploymentStatus(rng: Rng, age: number, gender: Gender): EmploymentStatus {
  if (age < 6) return 'inactive';
  if (age < 18) return 'student';
  if (age < 25) return weightedPick(rng, YOUNG_ADULT);
  if (age < 55) return weightedPick(rng, gender === 'male' ? PRIME_AGE_MEN : PRIME_AGE_WOMEN);
  if (age < 67) return weightedPick(rng, NEAR_RETIREMENT);
  // Those never insured long enough draw the ΟΠΕΚΑ allowance for uninsured elderly instead.
  return chance(rng, 0.92) ? 'retired' : 'inactive';
}

// Older cohorts left school earlier; ISCED 5 (short tertiary) is rare in Greece.
const EDUCATION_BORN_BEFORE_1950 = buildWeightedTable<IscedLevel>([
  [0, 10],
  [1, 45],
  [2, 20],
  [3, 15],
  [4, 3],
  [6, 6],
  [7, 1],
]);
const EDUCATION_BORN_1950_1969 = buildWeightedTable<IscedLevel>([
  [0, 3],
  [1, 22],
  [2, 20],
  [3, 30],
  [4, 8],
  [5, 1],
  [6, 13],
  [7, 3],
]);
const EDUCATION_BORN_FROM_1970 = buildWeightedTable<IscedLevel>([
  [0, 1],
  [1, 5],
  [2, 15],
  [3, 38],
  [4, 14],
  [5, 2],
  [6, 19],
  [7, 5],
  [8, 1],
]);

export function pickIscedLevel(rng: Rng, age: number, birthYear: number): IscedLevel {
  if (age < 12) return 0;
  if (age < 15) return 1;
  if (age < 18) return 2;
  if (age < 22) return chance(rng, 0.8) ? 3 : 2;
  if (birthYear < 1950) return weightedPick(rng, EDUCATION_BORN_BEFORE_1950);
  if (birthYear < 1970) return weightedPick(rng, EDUCATION_BORN_1950_1969);
  return weightedPick(rng, EDUCATION_BORN_FROM_1970);
}

// 67% is the threshold of most ΟΠΕΚΑ disability benefits, hence its weight.
const DISABILITY_PERCENT = buildWeightedTable([
  [50, 12],
  [55, 6],
  [60, 8],
  [67, 25],
  [70, 10],
  [75, 8],
  [80, 12],
  [85, 5],
  [90, 6],
  [95, 3],
  [100, 5],
]);

/** About 6% overall, rising with age. */
export function pickDisabilityPercent(rng: Rng, age: number): number | null {
  const probability = age < 18 ? 0.02 : age < 65 ? 0.055 : 0.13;
  return chance(rng, probability) ? weightedPick(rng, DISABILITY_PERCENT) : null;
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Yearly ΟΠΕΚΑ allowance for uninsured people over 67: 409.13 € × 12 (2025). */
const UNINSURED_ELDERLY_ALLOWANCE = 4909.56;

function pickWorkIncome(rng: Rng, status: EmploymentStatus, age: number): GeneratedIncome[] {
  switch (status) {
    case 'employed':
      return [{ type: 'salary', amount: Math.max(1500, logNormal(rng, 9500, 0.5)) }];
    case 'self_employed':
      return [{ type: 'business', amount: logNormal(rng, 7000, 0.8) }];
    case 'unemployed': {
      const incomes: GeneratedIncome[] = [];
      if (chance(rng, 0.65)) {
        const months = intBetween(rng, 3, 12);
        incomes.push({ type: 'unemployment_benefit', amount: months * intBetween(rng, 400, 520) });
      }
      if (chance(rng, 0.4)) incomes.push({ type: 'salary', amount: logNormal(rng, 3000, 0.6) });
      return incomes;
    }
    case 'long_term_unemployed':
      // ΔΥΠΑ long-term unemployment allowance: 200 € a month for 12 months.
      return chance(rng, 0.2) ? [{ type: 'unemployment_benefit', amount: 2400 }] : [];
    case 'retired':
      return [{ type: 'pension', amount: Math.max(4900, logNormal(rng, 9000, 0.45)) }];
    case 'inactive':
      return age >= 67 && chance(rng, 0.6)
        ? [{ type: 'pension', amount: UNINSURED_ELDERLY_ALLOWANCE }]
        : [];
    case 'student':
      return age >= 18 && chance(rng, 0.2)
        ? [{ type: 'salary', amount: logNormal(rng, 3500, 0.5) }]
        : [];
  }
}

export function pickIncomes(rng: Rng, status: EmploymentStatus, age: number): GeneratedIncome[] {
  const incomes = pickWorkIncome(rng, status, age);
  if (age >= 18) {
    if (chance(rng, age >= 55 ? 0.14 : 0.06)) {
      incomes.push({ type: 'rental', amount: logNormal(rng, 3000, 0.7) });
    }
    if (chance(rng, 0.02)) incomes.push({ type: 'farming', amount: logNormal(rng, 2500, 0.8) });
  }
  return incomes.map((income) => ({ type: income.type, amount: roundCents(income.amount) }));
}

export interface HousingAndAssets {
  assets: GeneratedAssets;
  tenure: HousingTenure;
  yearlyRentPaid: number;
}

/** Owners pay no rent; some non-owners live for free in a relative's home. */
export function pickHousingAndAssets(
  rng: Rng,
  options: { elderly: boolean; migrant: boolean },
): HousingAndAssets {
  const ownershipShare = options.migrant ? 0.1 : options.elderly ? 0.7 : 0.4;
  let tenure: HousingTenure = 'rent_free';
  let realEstateValue = 0;
  let yearlyRentPaid = 0;
  if (chance(rng, ownershipShare)) {
    tenure = 'owner';
    realEstateValue = logNormal(rng, 85_000, 0.45);
  } else {
    // A share of a village house inherited elsewhere does not give a home in Marousi.
    if (!options.migrant && chance(rng, 0.1)) realEstateValue = logNormal(rng, 25_000, 0.6);
    if (chance(rng, 0.85)) {
      tenure = 'tenant';
      const monthlyRent = Math.min(1200, Math.max(200, logNormal(rng, 420, 0.3)));
      yearlyRentPaid = Math.round(monthlyRent) * 12;
    }
  }
  const deposits = chance(rng, 0.2) ? rng() * 50 : logNormal(rng, 1200, 1.2);
  let vehiclesValue = 0;
  if (chance(rng, options.migrant ? 0.3 : 0.55)) vehiclesValue += logNormal(rng, 3500, 0.7);
  if (vehiclesValue > 0 && chance(rng, 0.1)) vehiclesValue += logNormal(rng, 2000, 0.7);
  return {
    assets: {
      realEstateValue: Math.round(realEstateValue),
      deposits: roundCents(deposits),
      vehiclesValue: Math.round(vehiclesValue),
    },
    tenure,
    yearlyRentPaid,
  };
}
