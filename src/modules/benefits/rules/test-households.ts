// Test households for the rules' tables (excluded from the build: test-*.ts).
import { screenOne } from './engine.js';
import { defaultParameterSet } from './parameters.js';
import type { BenefitCode, ScreeningInput, ScreeningMember } from './types.js';

export const AS_OF = '2026-01-15';

export function person(overrides: Partial<ScreeningMember> = {}): ScreeningMember {
  return {
    id: overrides.relationship ?? 'reference',
    relationship: 'reference',
    age: 40,
    gender: null,
    disabilityPercent: 0,
    disabilityKind: null,
    isStudent: false,
    employed: false,
    yearlyIncome: 0,
    monthlyPension: 0,
    insuredForPension: true,
    residenceStatus: 'greek',
    residenceYears: 20,
    ...overrides,
  };
}

export const partner = (o: Partial<ScreeningMember> = {}) =>
  person({ id: 'partner', relationship: 'spouse', residenceYears: null, ...o });
export const child = (age: number, o: Partial<ScreeningMember> = {}) =>
  person({
    id: `child-${age}-${Math.random()}`,
    relationship: 'child',
    age,
    residenceYears: null,
    ...o,
  });

/** A household with every fact known (nothing rented, no assets) unless overridden. */
export function household(
  members: ScreeningMember[],
  overrides: Partial<ScreeningInput> = {},
): ScreeningInput {
  return {
    asOf: AS_OF,
    members,
    incomeLast6Months: 0,
    realEstateValue: 0,
    deposits: 0,
    vehiclesValue: 0,
    yearlyRent: 0,
    hasElectronicLease: false,
    residesInMunicipality: true,
    lifeSupportDevice: false,
    largeFamily: false,
    newbornOrder: 0,
    motherInsuredAtBirth: false,
    ...overrides,
  };
}

/** Household income on the reference person, others at 0. */
export function withIncome(members: ScreeningMember[], yearly: number): ScreeningMember[] {
  return members.map((m, i) => ({ ...m, yearlyIncome: i === 0 ? yearly : 0 }));
}

export function verdictOf(code: BenefitCode, input: ScreeningInput) {
  const verdict = screenOne(code, input, defaultParameterSet());
  if (!verdict) throw new Error(`no verdict for ${code}`);
  return verdict;
}

/** status and amount in one comparable line: "eligible 140", "not_eligible", "cannot_tell". */
export function summary(code: BenefitCode, input: ScreeningInput): string {
  const v = verdictOf(code, input);
  if (v.status !== 'eligible') return v.status;
  return v.amount === null ? 'eligible' : `eligible ${v.amount.value}`;
}
