import type { HouseholdFacts, MemberFacts } from '../../households/eligibility-input.js';
import type { DisabilityKind, ResidenceStatus, ScreeningInput, ScreeningMember } from './types.js';

/** What staff know beyond the household's stored rows (resident files, the interview). */
export interface ScreeningExtras {
  incomeLast6Months?: number | null;
  hasElectronicLease?: boolean | null;
  residesInMunicipality?: boolean | null;
  lifeSupportDevice?: boolean | null;
  largeFamily?: boolean | null;
  newbornOrder?: number | null;
  motherInsuredAtBirth?: boolean | null;
  /** Per member (by `memberId`). */
  members?: Record<
    string,
    {
      disabilityKind?: DisabilityKind | null;
      monthlyPension?: number | null;
      insuredForPension?: boolean | null;
      residenceStatus?: ResidenceStatus | null;
      residenceYears?: number | null;
    }
  >;
}

/**
 * Staff screening: the household's facts on a date (`buildHouseholdFacts`) plus extras → the
 * engine's input. Without recorded finances, incomes and assets are unknown, never zero.
 */
export function householdToInput(
  facts: HouseholdFacts,
  extras: ScreeningExtras = {},
): ScreeningInput {
  const financesMissing = facts.missing.some((m) => m.fact === 'finances');
  const incomeByMember = new Map(facts.incomes.byMember.map((m) => [m.memberId, m.total]));
  const members = facts.members.map((m) => toMember(m, extras, financesMissing, incomeByMember));
  return {
    asOf: facts.asOf,
    members,
    incomeLast6Months: extras.incomeLast6Months ?? null,
    realEstateValue: financesMissing ? null : facts.assets.realEstateValue,
    deposits: financesMissing ? null : facts.assets.deposits,
    vehiclesValue: financesMissing ? null : facts.assets.vehiclesValue,
    yearlyRent: financesMissing ? null : facts.rentPaid,
    hasElectronicLease: extras.hasElectronicLease ?? null,
    residesInMunicipality: extras.residesInMunicipality ?? null,
    lifeSupportDevice: extras.lifeSupportDevice ?? null,
    largeFamily: extras.largeFamily ?? null,
    newbornOrder: extras.newbornOrder ?? null,
    motherInsuredAtBirth: extras.motherInsuredAtBirth ?? null,
  };
}

function toMember(
  m: MemberFacts,
  extras: ScreeningExtras,
  financesMissing: boolean,
  incomeByMember: ReadonlyMap<string, number>,
): ScreeningMember {
  const extra = extras.members?.[m.memberId] ?? {};
  const status = m.employmentStatus;
  return {
    id: m.memberId,
    relationship: m.relationship,
    age: m.age,
    gender: m.gender,
    disabilityPercent: m.disabilityPercent,
    disabilityKind: extra.disabilityKind ?? null,
    isStudent: status === null ? null : status === 'student',
    employed: status === null ? null : status === 'employed' || status === 'self_employed',
    yearlyIncome: financesMissing ? null : (incomeByMember.get(m.memberId) ?? 0),
    monthlyPension: extra.monthlyPension ?? null,
    insuredForPension: extra.insuredForPension ?? null,
    residenceStatus: extra.residenceStatus ?? null,
    residenceYears: extra.residenceYears ?? null,
  };
}
