export const PURPOSES = [
  'case_management',
  'benefit_cross_checks',
  'referral_sharing',
  'contact_reminders',
  'esf_reporting',
  'other',
] as const;
export const LEGAL_BASES = [
  'art6_1c',
  'art6_1e',
  'art6_1a_consent',
  'art9_2b',
  'art9_2g',
  'art9_2h',
] as const;

export interface ConsentView {
  id: string;
  purpose: string;
  legalBasis: string;
  status: 'given' | 'withdrawn';
  recordedAt: string;
  recordedBy: string | { id: string; displayName: string };
  documentId: string | null;
}
