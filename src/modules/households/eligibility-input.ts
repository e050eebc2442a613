import { ageOn, coversDay } from './calendar-dates.js';
import {
  incomeTypes,
  type EmploymentStatus,
  type Gender,
  type IncomeType,
  type Relationship,
} from './households.vocabulary.js';

/**
 * What the benefits engine knows about a household on a given day, built from stored rows with no
 * database or clock: the engine reads these facts and never guesses. Unknown is `null` (or listed
 * in `missing`), never a silent zero or false.
 */
export interface HouseholdFacts {
  householdId: string;
  /** The day the facts describe (YYYY-MM-DD): who lived there and how old they were. */
  asOf: string;
  /** Tax year of the finances used, or null when none were recorded. */
  taxYear: number | null;
  /** Members living in the household on `asOf`, the reference person first. */
  members: MemberFacts[];
  size: number;
  /** Members aged 18 or over / under 18; members of unknown age are in neither count. */
  adults: number;
  minors: number;
  dependentChildren: number;
  /** A reference person with dependent children and no spouse or partner in the household. */
  singleParent: boolean;
  /** Members with a disability of 67% or more (thresholds of ΚΟΤ, Α21, heating allowance). */
  membersWithDisability67: number;
  incomes: {
    total: number;
    byType: Record<IncomeType, number>;
    byMember: { memberId: string; total: number; byType: Partial<Record<IncomeType, number>> }[];
  };
  assets: { realEstateValue: number; deposits: number; vehiclesValue: number };
  /** Annual rent paid for the main residence (€). */
  rentPaid: number;
  /** Facts the engine needs that were not recorded; a rule depending on them cannot be decided. */
  missing: MissingFact[];
}

export interface MemberFacts {
  memberId: string;
  residentId: string | null;
  relationship: Relationship;
  gender: Gender | null;
  birthDate: string | null;
  age: number | null;
  disabilityPercent: number | null;
  employmentStatus: EmploymentStatus | null;
  isDependentChild: boolean;
}

export type MissingFact =
  | { fact: 'birthDate'; memberId: string }
  | { fact: 'referencePerson' }
  | { fact: 'finances'; taxYear: number | null };

export interface MemberSource {
  memberId: string;
  residentId: string | null;
  relationship: Relationship;
  gender: Gender | null;
  birthDate: string | null;
  startDate: string;
  endDate: string | null;
  /** From the resident's file when known (KEPA certificate); minimal member records have none. */
  disabilityPercent?: number | null;
  employmentStatus?: EmploymentStatus | null;
}

export interface FinancesSource {
  taxYear: number;
  realEstateValue: number;
  deposits: number;
  vehiclesValue: number;
  rentPaid: number;
  incomes: { memberId: string; type: IncomeType; amount: number }[];
}

/**
 * Dependent child (εξαρτώμενο τέκνο) as the child benefit defines it, ν.4512/2018 art. 214:
 * a minor; a student up to 24; or a child with a disability of 67% or more. Age limits for
 * secondary-school pupils (19) need school data we do not hold; the engine may refine with it.
 */
export const ADULT_AGE = 18;
export const STUDENT_DEPENDENT_UNTIL_AGE = 24;
export const SEVERE_DISABILITY_PERCENT = 67;

export function buildHouseholdFacts(input: {
  householdId: string;
  members: readonly MemberSource[];
  finances: FinancesSource | null;
  asOf: string;
  /** The tax year asked for, reported as missing when `finances` is null. */
  taxYear?: number | null;
}): HouseholdFacts {
  const living = input.members.filter((m) => coversDay(m, input.asOf));
  const members = living.map((m) => toMemberFacts(m, input.asOf));
  members.sort((a, b) => rank(a.relationship) - rank(b.relationship));

  const hasPartner = members.some(
    (m) => m.relationship === 'spouse' || m.relationship === 'partner',
  );
  const hasReference = members.some((m) => m.relationship === 'reference');
  const dependentChildren = members.filter((m) => m.isDependentChild).length;

  const missing: MissingFact[] = members
    .filter((m) => m.birthDate === null)
    .map((m) => ({ fact: 'birthDate' as const, memberId: m.memberId }));
  if (!hasReference) missing.push({ fact: 'referencePerson' });
  if (!input.finances) missing.push({ fact: 'finances', taxYear: input.taxYear ?? null });

  return {
    householdId: input.householdId,
    asOf: input.asOf,
    taxYear: input.finances?.taxYear ?? null,
    members,
    size: members.length,
    adults: members.filter((m) => m.age !== null && m.age >= ADULT_AGE).length,
    minors: members.filter((m) => m.age !== null && m.age < ADULT_AGE).length,
    dependentChildren,
    singleParent: hasReference && !hasPartner && dependentChildren > 0,
    membersWithDisability67: members.filter(
      (m) => (m.disabilityPercent ?? 0) >= SEVERE_DISABILITY_PERCENT,
    ).length,
    incomes: sumIncomes(input.finances?.incomes ?? []),
    assets: {
      realEstateValue: input.finances?.realEstateValue ?? 0,
      deposits: input.finances?.deposits ?? 0,
      vehiclesValue: input.finances?.vehiclesValue ?? 0,
    },
    rentPaid: input.finances?.rentPaid ?? 0,
    missing,
  };
}

function toMemberFacts(member: MemberSource, asOf: string): MemberFacts {
  const age = member.birthDate === null ? null : ageOn(member.birthDate, asOf);
  const disabilityPercent = member.disabilityPercent ?? null;
  const employmentStatus = member.employmentStatus ?? null;
  const isDependentChild =
    member.relationship === 'child' &&
    age !== null &&
    (age < ADULT_AGE ||
      (employmentStatus === 'student' && age <= STUDENT_DEPENDENT_UNTIL_AGE) ||
      (disabilityPercent ?? 0) >= SEVERE_DISABILITY_PERCENT);
  return {
    memberId: member.memberId,
    residentId: member.residentId,
    relationship: member.relationship,
    gender: member.gender,
    birthDate: member.birthDate,
    age,
    disabilityPercent,
    employmentStatus,
    isDependentChild,
  };
}

const order: readonly Relationship[] = ['reference', 'spouse', 'partner', 'child'];
function rank(relationship: Relationship): number {
  const index = order.indexOf(relationship);
  return index === -1 ? order.length : index;
}

/** Sums in cents, so that 0.1 + 0.2 stays 0.30 €. */
function sumIncomes(incomes: FinancesSource['incomes']): HouseholdFacts['incomes'] {
  const cents = (amount: number) => Math.round(amount * 100);
  const byType = Object.fromEntries(incomeTypes.map((t) => [t, 0])) as Record<IncomeType, number>;
  const byMember = new Map<
    string,
    { total: number; byType: Partial<Record<IncomeType, number>> }
  >();
  let total = 0;
  for (const income of incomes) {
    const amount = cents(income.amount);
    total += amount;
    byType[income.type] += amount;
    const member = byMember.get(income.memberId) ?? { total: 0, byType: {} };
    member.total += amount;
    member.byType[income.type] = (member.byType[income.type] ?? 0) + amount;
    byMember.set(income.memberId, member);
  }
  const euros = (value: number) => value / 100;
  return {
    total: euros(total),
    byType: Object.fromEntries(incomeTypes.map((t) => [t, euros(byType[t])])) as Record<
      IncomeType,
      number
    >,
    byMember: [...byMember].map(([memberId, m]) => ({
      memberId,
      total: euros(m.total),
      byType: Object.fromEntries(
        Object.entries(m.byType).map(([type, value]) => [type, euros(value)]),
      ),
    })),
  };
}
