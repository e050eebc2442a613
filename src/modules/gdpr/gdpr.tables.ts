import type { ColumnType, Generated } from 'kysely';

export const consentPurposes = [
  'case_management',
  'benefit_cross_checks',
  'referral_sharing',
  'contact_reminders',
  'esf_reporting',
  'other',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** GDPR Art. 6(1)(c)/(e)/(a) and Art. 9(2)(b)/(g)/(h) (see domain/greece.md §6). */
export const legalBases = [
  'art6_1c',
  'art6_1e',
  'art6_1a_consent',
  'art9_2b',
  'art9_2g',
  'art9_2h',
] as const;
export type LegalBasis = (typeof legalBases)[number];

export type ConsentStatus = 'given' | 'withdrawn';

/** One row per recorded state: a withdrawal is a new row, the latest row per purpose is current. */
export interface ConsentsTable {
  center_id: string;
  id: Generated<string>;
  resident_id: string;
  purpose: ConsentPurpose;
  legal_basis: LegalBasis;
  status: ConsentStatus;
  recorded_at: ColumnType<Date, Date | undefined, never>;
  recorded_by: string | null;
  document_id: string | null;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface GdprTables {
  consents: ConsentsTable;
}
