import type { ResidentRow } from './residents.repository.js';
import type { ResidentSummary, ResidentView } from './residents.schemas.js';

export function presentResident(row: ResidentRow): ResidentView {
  return {
    id: row.id,
    surname: row.surname,
    givenName: row.given_name,
    fatherName: row.father_name,
    motherName: row.mother_name,
    birthDate: row.birth_date,
    gender: row.gender,
    amka: row.amka,
    afm: row.afm,
    idNumber: row.id_number,
    mobilePhone: row.mobile_phone,
    phone: row.phone,
    email: row.email,
    address:
      row.street === null
        ? null
        : { street: row.street, number: row.street_number, postcode: row.postcode, area: row.area },
    nationality: row.nationality,
    languages: row.languages,
    maritalStatus: row.marital_status as ResidentView['maritalStatus'],
    employmentStatus: row.employment_status as ResidentView['employmentStatus'],
    educationLevel: row.education_level,
    disabilityPercent: row.disability_percent,
    esf: Object.keys(row.esf).length === 0 ? null : row.esf,
    latinName: {
      surname: row.latin_surname ?? row.surname,
      givenName: row.latin_given_name ?? row.given_name,
    },
    mergedInto: row.merged_into,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type SummaryRow = Pick<
  ResidentRow,
  | 'id'
  | 'surname'
  | 'given_name'
  | 'father_name'
  | 'birth_date'
  | 'amka'
  | 'afm'
  | 'mobile_phone'
  | 'street'
  | 'street_number'
  | 'postcode'
>;

export function presentSummary(
  row: SummaryRow,
  matchedOn: ResidentSummary['matchedOn'],
  score: number,
): ResidentSummary {
  return {
    id: row.id,
    surname: row.surname,
    givenName: row.given_name,
    fatherName: row.father_name,
    birthDate: row.birth_date,
    amka: row.amka,
    afm: row.afm,
    mobilePhone: row.mobile_phone,
    address:
      row.street === null
        ? null
        : { street: row.street, number: row.street_number, postcode: row.postcode },
    matchedOn,
    score: Math.round(score * 1000) / 1000,
  };
}
