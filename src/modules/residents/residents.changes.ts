import type { ResidentRow } from './residents.repository.js';
import type { RevisionChange } from './residents.tables.js';

/** Columns a person can rectify, by the name the API gives them. Derived columns are left out. */
export const RECTIFIABLE_FIELDS = {
  surname: 'surname',
  given_name: 'givenName',
  father_name: 'fatherName',
  mother_name: 'motherName',
  birth_date: 'birthDate',
  gender: 'gender',
  amka: 'amka',
  afm: 'afm',
  id_number: 'idNumber',
  mobile_phone: 'mobilePhone',
  phone: 'phone',
  email: 'email',
  street: 'address.street',
  street_number: 'address.number',
  postcode: 'address.postcode',
  area: 'address.area',
  nationality: 'nationality',
  languages: 'languages',
  marital_status: 'maritalStatus',
  employment_status: 'employmentStatus',
  education_level: 'educationLevel',
  disability_percent: 'disabilityPercent',
  esf: 'esf',
} as const satisfies Partial<Record<keyof ResidentRow, string>>;

export type RectifiableColumn = keyof typeof RECTIFIABLE_FIELDS;

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Field-by-field differences, as kept in the rectification history (previous values kept). */
export function diffResident(
  before: ResidentRow,
  after: Partial<Record<RectifiableColumn, unknown>>,
): RevisionChange[] {
  const changes: RevisionChange[] = [];
  for (const [column, field] of Object.entries(RECTIFIABLE_FIELDS)) {
    if (!(column in after)) continue;
    const from = before[column as RectifiableColumn] ?? null;
    const to = after[column as RectifiableColumn] ?? null;
    if (isEmpty(from) && isEmpty(to)) continue;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

/**
 * What a merge copies into the surviving file: each field it lacks and the duplicate has;
 * languages are joined and ESF+ answers kept where the survivor has them.
 */
export function fillFromDuplicate(
  survivor: ResidentRow,
  duplicate: ResidentRow,
): Partial<Record<RectifiableColumn, unknown>> {
  const filled: Partial<Record<RectifiableColumn, unknown>> = {};
  for (const column of Object.keys(RECTIFIABLE_FIELDS) as RectifiableColumn[]) {
    if (column === 'languages' || column === 'esf') continue;
    if (isEmpty(survivor[column]) && !isEmpty(duplicate[column])) {
      filled[column] = duplicate[column];
    }
  }
  const languages = [...new Set([...survivor.languages, ...duplicate.languages])];
  if (languages.length !== survivor.languages.length) filled.languages = languages;
  const esf = { ...duplicate.esf, ...survivor.esf };
  if (Object.keys(esf).length !== Object.keys(survivor.esf).length) filled.esf = esf;
  return filled;
}
