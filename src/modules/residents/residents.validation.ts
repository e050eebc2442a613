import type { FieldError } from '../../lib/app-error.js';
import { transliterateElot743 } from '../../lib/greek-text.js';
import {
  checkAmka,
  isValidAfm,
  normalizeAdt,
  normalizeGreekPhone,
  normalizePostcode,
} from '../../lib/identifiers.js';
import { residentSearchKeys } from './name-keys.js';
import type { ResidentInput } from './residents.schemas.js';

/** The columns a ResidentInput sets: every field, absent ones as null (PUT replaces the file). */
export interface ResidentValues {
  surname: string;
  given_name: string;
  father_name: string | null;
  mother_name: string | null;
  birth_date: string | null;
  gender: 'male' | 'female' | 'other' | null;
  amka: string | null;
  afm: string | null;
  id_number: string | null;
  mobile_phone: string | null;
  phone: string | null;
  email: string | null;
  street: string | null;
  street_number: string | null;
  postcode: string | null;
  area: string | null;
  nationality: string | null;
  languages: string[];
  marital_status: string | null;
  employment_status: string | null;
  education_level: number | null;
  disability_percent: number | null;
  esf: Record<string, string>;
  latin_surname: string;
  latin_given_name: string;
  search_tokens: string[];
  search_text: string;
}

export type ValidationOutcome =
  { ok: true; values: ResidentValues } | { ok: false; fieldErrors: FieldError[] };

const AMKA_RULES = {
  format: 'amka_format',
  checksum: 'amka_checksum',
  birth_date_mismatch: 'amka_birth_date_mismatch',
} as const;

function trimmed(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/**
 * Checks what the schema cannot (identifier check digits, phone ranges, a birth date not in
 * the future) and reports every problem at once. Phones are stored in E.164 (+30…), as the
 * generator and libphonenumber give them; ΑΦΜ as 9 digits, ΑΔΤ in Greek letters.
 */
export function validateResidentInput(input: ResidentInput, today: string): ValidationOutcome {
  const errors: FieldError[] = [];
  const fail = (field: string, rule: string) => errors.push({ field: `body.${field}`, rule });
  const surname = input.surname.trim();
  const givenName = input.givenName.trim();
  if (surname === '') fail('surname', 'required');
  if (givenName === '') fail('givenName', 'required');

  const birthDate = input.birthDate ?? null;
  if (birthDate !== null && birthDate > today) fail('birthDate', 'date_in_future');

  const amka = trimmed(input.amka)?.replace(/\s/g, '') ?? null;
  if (amka !== null) {
    const check = checkAmka(amka, birthDate ?? undefined);
    if (!check.ok) fail('amka', AMKA_RULES[check.reason]);
  }
  let afm = trimmed(input.afm)?.replace(/\s/g, '') ?? null;
  if (afm !== null) {
    if (!isValidAfm(afm)) fail('afm', 'afm_checksum');
    else afm = afm.padStart(9, '0');
  }
  const rawId = trimmed(input.idNumber);
  const idNumber = rawId === null ? null : normalizeAdt(rawId);
  if (rawId !== null && idNumber === null) fail('idNumber', 'adt_format');

  const phoneOf = (field: 'mobilePhone' | 'phone'): string | null => {
    const raw = trimmed(input[field]);
    if (raw === null) return null;
    const parsed = normalizeGreekPhone(raw);
    if (!parsed) fail(field, 'phone_format');
    return parsed?.e164 ?? null;
  };
  const mobilePhone = phoneOf('mobilePhone');
  const phone = phoneOf('phone');

  const rawPostcode = trimmed(input.address?.postcode);
  const postcode = rawPostcode === null ? null : normalizePostcode(rawPostcode);
  if (rawPostcode !== null && postcode === null) fail('address.postcode', 'postcode_format');

  if (errors.length > 0) return { ok: false, fieldErrors: errors };
  const fatherName = trimmed(input.fatherName);
  const keys = residentSearchKeys({ surname, givenName, fatherName });
  return {
    ok: true,
    values: {
      surname,
      given_name: givenName,
      father_name: fatherName,
      mother_name: trimmed(input.motherName),
      birth_date: birthDate,
      gender: input.gender ?? null,
      amka,
      afm,
      id_number: idNumber,
      mobile_phone: mobilePhone,
      phone,
      email: trimmed(input.email)?.toLowerCase() ?? null,
      street: trimmed(input.address?.street),
      street_number: trimmed(input.address?.number),
      postcode,
      area: trimmed(input.address?.area),
      nationality: input.nationality ?? null,
      languages: input.languages ?? [],
      marital_status: input.maritalStatus ?? null,
      employment_status: input.employmentStatus ?? null,
      education_level: input.educationLevel ?? null,
      disability_percent: input.disabilityPercent ?? null,
      esf: input.esf ?? {},
      latin_surname: transliterateElot743(surname),
      latin_given_name: transliterateElot743(givenName),
      search_tokens: keys.tokens,
      search_text: keys.text,
    },
  };
}
