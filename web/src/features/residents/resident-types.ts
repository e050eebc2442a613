export const GENDERS = ['male', 'female', 'other'] as const;
export const MARITAL_STATUSES = [
  'single',
  'married',
  'civil_partnership',
  'divorced',
  'separated',
  'widowed',
] as const;
export const EMPLOYMENT_STATUSES = [
  'employed',
  'self_employed',
  'unemployed',
  'long_term_unemployed',
  'inactive',
  'retired',
  'student',
] as const;
export const ESF_ANSWERS = ['yes', 'no', 'prefer_not_to_say'] as const;
export const ESF_KEYS = [
  'disability',
  'thirdCountryNational',
  'foreignBackground',
  'minority',
  'homeless',
  'ruralArea',
] as const;

export type EsfKey = (typeof ESF_KEYS)[number];
export type EsfAnswer = (typeof ESF_ANSWERS)[number];

export interface ResidentAddress {
  street: string;
  number?: string | null;
  postcode?: string | null;
  area?: string | null;
}

export interface ResidentInput {
  surname: string;
  givenName: string;
  fatherName?: string | null;
  motherName?: string | null;
  birthDate?: string | null;
  gender?: string | null;
  amka?: string | null;
  afm?: string | null;
  idNumber?: string | null;
  mobilePhone?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: ResidentAddress | null;
  nationality?: string | null;
  languages?: string[];
  maritalStatus?: string | null;
  employmentStatus?: string | null;
  educationLevel?: number | null;
  disabilityPercent?: number | null;
  esf?: Record<EsfKey, EsfAnswer> | null;
}

export interface ResidentView extends ResidentInput {
  id: string;
  latinName: { surname: string; givenName: string };
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ResidentSummary {
  id: string;
  surname: string;
  givenName: string;
  fatherName: string | null;
  birthDate: string | null;
  amka: string | null;
  afm: string | null;
  mobilePhone: string | null;
  address: { street: string; number: string | null; postcode: string | null } | null;
  matchedOn: 'amka' | 'afm' | 'phone' | 'name';
  score: number;
}

export interface ResidentSearchResult {
  items: ResidentSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export function fullName(r: { surname: string; givenName: string }): string {
  return `${r.surname} ${r.givenName}`;
}

export function formatAddress(a: ResidentSummary['address'] | ResidentAddress | null | undefined) {
  if (!a) return '';
  const street = [a.street, a.number].filter(Boolean).join(' ');
  return [street, a.postcode].filter(Boolean).join(', ');
}
