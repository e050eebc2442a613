export const RELATIONSHIPS = [
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

export interface HouseholdMember {
  id: string;
  residentId: string | null;
  surname: string;
  givenName: string;
  birthDate: string | null;
  gender: string | null;
  relationship: string;
  startDate: string;
  endDate: string | null;
}

export interface HouseholdView {
  id: string;
  version: number;
  members: HouseholdMember[];
  createdAt: string;
}

export type MemberInput = (
  { residentId: string } | { person: { surname: string; givenName: string; birthDate?: string } }
) & { relationship: string; startDate: string };

export const INCOME_TYPES = [
  'salary',
  'pension',
  'unemployment_benefit',
  'rental',
  'farming',
  'business',
  'benefits',
  'other',
] as const;

export interface Income {
  memberId: string;
  type: (typeof INCOME_TYPES)[number];
  amount: number;
}

export interface Finances {
  taxYear: number;
  version: number;
  incomes: Income[];
  realEstateValue: number;
  deposits: number;
  vehiclesValue: number;
  rentPaid: number;
  notes: string | null;
}
