/** The shared vocabularies of the residents issue that households use (docs/api/residents-issue.md). */
export const genders = ['male', 'female', 'other'] as const;
export type Gender = (typeof genders)[number];

/** Relationship to the household's reference person (υπεύθυνος νοικοκυριού). */
export const relationships = [
  'reference',
  'spouse',
  'partner',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'other_relative',
  'other',
] as const;
export type Relationship = (typeof relationships)[number];

export const incomeTypes = [
  'salary',
  'pension',
  'unemployment_benefit',
  'rental',
  'farming',
  'business',
  'benefits',
  'other',
] as const;
export type IncomeType = (typeof incomeTypes)[number];

export const employmentStatuses = [
  'employed',
  'self_employed',
  'unemployed',
  'long_term_unemployed',
  'inactive',
  'retired',
  'student',
] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
