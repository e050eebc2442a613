import type { BenefitCode, LegalSource, Localized } from '../rules/types.js';

/**
 * Documents a resident may be asked for. The codes are the application checklist's items, so a
 * label changes here without touching stored checklists.
 */
export const documentCodes = [
  'id_card',
  'residence_permit',
  'e1_tax_return',
  'tax_assessment',
  'e9_property',
  'lease',
  'utility_bill',
  'iban',
  'consent_forms',
  'dypa_card',
  'birth_registration',
  'family_status_certificate',
  'kepa_decision',
  'medical_report',
  'school_certificate',
  'employment_certificate',
  'large_family_certificate',
  'pension_statement',
  'homogeneis_id',
] as const;
export type DocumentCode = (typeof documentCodes)[number];

export type BenefitKind = 'national' | 'municipal';

export interface CatalogDocument {
  code: DocumentCode;
  label: Localized;
}

/**
 * What a resident or a staff member needs to know to apply. Amounts and limits are deliberately
 * absent: they live in the rules' dated parameter files and change every year.
 */
export interface CatalogEntry {
  code: BenefitCode;
  name: Localized;
  description: Localized;
  agency: Localized;
  kind: BenefitKind;
  whoMayApply: Localized;
  documents: CatalogDocument[];
  howToApply: Localized;
  platformUrl: string | null;
  applicationWindow: Localized | null;
  renewal: Localized | null;
  /** Months from approval to the next renewal, when the cycle is fixed (tracks renewal dates). */
  renewalMonths: number | null;
  legalBasis: LegalSource;
  /** Staff only: practical hints for the Center (never shown on the public portal). */
  staffNotes: Localized | null;
  /** Staff only: false while the legal reference is not confirmed against the official text. */
  legalBasisVerified: boolean;
  /** Staff only: the sources of docs/domain (e.g. "S22") the entry was written from. */
  sourceRefs: string[];
}

export type PublicCatalogEntry = Omit<
  CatalogEntry,
  'staffNotes' | 'legalBasisVerified' | 'sourceRefs'
>;
