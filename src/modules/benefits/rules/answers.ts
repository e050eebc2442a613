import { AppError, type FieldError } from '../../../lib/app-error.js';
import type { DisabilityKind, ResidenceStatus, ScreeningInput, ScreeningMember } from './types.js';

/** The public wizard's answers (docs/api/benefits-issue.md); absent = not known yet. */
export interface Answers {
  applicantAge?: number;
  hasPartner?: boolean;
  partnerAge?: number;
  childrenAges?: number[];
  childrenStudents?: number;
  singleParent?: boolean;
  disabilityPercentMax?: number;
  disabilityKind?: DisabilityKind;
  householdYearlyIncome?: number;
  incomeLast6Months?: number;
  monthlyPension?: number;
  insuredForPension?: boolean;
  realEstateValue?: number;
  deposits?: number;
  vehiclesValue?: number;
  yearlyRent?: number;
  hasElectronicLease?: boolean;
  residenceStatus?: ResidenceStatus;
  residenceYears?: number;
  residesInMunicipality?: boolean;
  lifeSupportDevice?: boolean;
  largeFamily?: boolean;
  newbornOrder?: number;
  motherInsuredAtBirth?: boolean;
}

const moneyKeys = [
  'householdYearlyIncome',
  'incomeLast6Months',
  'monthlyPension',
  'realEstateValue',
  'deposits',
  'vehiclesValue',
  'yearlyRent',
] as const;
export const MAX_AGE = 120;
const MIN_APPLICANT_AGE = 16;
const MAX_CHILDREN = 20;
const STUDENT_AGES = { from: 18, to: 24 };

/** Refuses answers no household can give: negative money, impossible ages or counts (400). */
export function validateAnswers(answers: Answers): void {
  const errors: FieldError[] = [];
  const at = (key: string) => `body.answers.${key}`;
  const range = (
    value: number | undefined,
    key: string,
    min: number,
    max: number,
    integer = true,
  ) => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)))
      errors.push({ field: at(key), rule: 'type' });
    else if (value < min) errors.push({ field: at(key), rule: 'minimum', params: { limit: min } });
    else if (value > max) errors.push({ field: at(key), rule: 'maximum', params: { limit: max } });
  };
  for (const key of moneyKeys) range(answers[key], key, 0, 1e9, false);
  range(answers.applicantAge, 'applicantAge', MIN_APPLICANT_AGE, MAX_AGE);
  range(answers.partnerAge, 'partnerAge', MIN_APPLICANT_AGE, MAX_AGE);
  range(answers.disabilityPercentMax, 'disabilityPercentMax', 0, 100, false);
  range(answers.residenceYears, 'residenceYears', 0, answers.applicantAge ?? MAX_AGE);
  range(answers.newbornOrder, 'newbornOrder', 0, MAX_CHILDREN);
  const ages = answers.childrenAges ?? [];
  if (ages.length > MAX_CHILDREN)
    errors.push({ field: at('childrenAges'), rule: 'maxItems', params: { limit: MAX_CHILDREN } });
  const oldestChildLimit = answers.applicantAge === undefined ? MAX_AGE : answers.applicantAge - 12;
  ages.forEach((age, i) => range(age, `childrenAges.${i}`, 0, Math.max(0, oldestChildLimit)));
  const studentAge = ages.filter((a) => a >= STUDENT_AGES.from && a <= STUDENT_AGES.to).length;
  range(
    answers.childrenStudents,
    'childrenStudents',
    0,
    answers.childrenAges ? studentAge : MAX_CHILDREN,
  );
  if (answers.singleParent === true && answers.hasPartner === true) {
    errors.push({ field: at('singleParent'), rule: 'invalid' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
}

function member(
  id: string,
  relationship: ScreeningMember['relationship'],
  age: number | null,
): ScreeningMember {
  return {
    id,
    relationship,
    age,
    gender: null,
    disabilityPercent: null,
    disabilityKind: null,
    isStudent: null,
    employed: null,
    yearlyIncome: null,
    monthlyPension: null,
    insuredForPension: null,
    residenceStatus: null,
    residenceYears: null,
  };
}

/**
 * Answers → the engine's input. Household-wide answers (income, the highest disability
 * percentage) go to the applicant, with the other members at 0 once the answer is given; a
 * partner or children not yet declared make the composition unknown, never "none".
 */
export function answersToInput(answers: Answers, asOf: string): ScreeningInput {
  validateAnswers(answers);
  const incomeKnown = answers.householdYearlyIncome !== undefined;
  const disabilityKnown = answers.disabilityPercentMax !== undefined;
  const applicant = member('applicant', 'reference', answers.applicantAge ?? null);
  applicant.yearlyIncome = answers.householdYearlyIncome ?? null;
  applicant.disabilityPercent = answers.disabilityPercentMax ?? null;
  applicant.disabilityKind = answers.disabilityKind ?? null;
  applicant.monthlyPension = answers.monthlyPension ?? null;
  applicant.insuredForPension = answers.insuredForPension ?? null;
  applicant.residenceStatus = answers.residenceStatus ?? null;
  applicant.residenceYears = answers.residenceYears ?? null;
  const others = (m: ScreeningMember) => {
    m.yearlyIncome = incomeKnown ? 0 : null;
    m.disabilityPercent = disabilityKnown ? 0 : null;
    return m;
  };
  const members = [applicant];
  const unknownComposition: ('partner' | 'children')[] = [];
  const hasPartner = answers.hasPartner ?? (answers.singleParent === true ? false : undefined);
  if (hasPartner === undefined) unknownComposition.push('partner');
  else if (hasPartner)
    members.push(others(member('partner', 'partner', answers.partnerAge ?? null)));
  if (answers.childrenAges === undefined) unknownComposition.push('children');
  let students = answers.childrenStudents;
  [...(answers.childrenAges ?? [])]
    .sort((a, b) => b - a)
    .forEach((age, i) => {
      const child = others(member(`child-${i + 1}`, 'child', age));
      if (age >= STUDENT_AGES.from && age <= STUDENT_AGES.to) {
        child.isStudent = students === undefined ? null : students > 0;
        if (students !== undefined && students > 0) students--;
      } else child.isStudent = age < STUDENT_AGES.from;
      members.push(child);
    });
  return {
    asOf,
    members,
    incomeLast6Months: answers.incomeLast6Months ?? null,
    realEstateValue: answers.realEstateValue ?? null,
    deposits: answers.deposits ?? null,
    vehiclesValue: answers.vehiclesValue ?? null,
    yearlyRent: answers.yearlyRent ?? null,
    hasElectronicLease: answers.hasElectronicLease ?? null,
    residesInMunicipality: answers.residesInMunicipality ?? null,
    lifeSupportDevice: answers.lifeSupportDevice ?? null,
    largeFamily: answers.largeFamily ?? null,
    newbornOrder: answers.newbornOrder ?? null,
    motherInsuredAtBirth: answers.motherInsuredAtBirth ?? null,
    ...(unknownComposition.length > 0 ? { unknownComposition } : {}),
  };
}
