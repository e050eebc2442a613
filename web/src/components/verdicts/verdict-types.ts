// The web side of the benefits engine's contract (src/modules/benefits/rules/types.ts and
// docs/api/benefits-issue.md), shared by the public wizard and the staff screening.
import type { LocalizedText } from '../../lib/types.js';

export interface LegalSource {
  title: string;
  url?: string;
}

export interface Criterion {
  id: string;
  label: LocalizedText;
  value: string | null;
  limit: string | null;
  passed: boolean | null;
  source: LegalSource;
}

export type VerdictStatus = 'eligible' | 'not_eligible' | 'cannot_tell';
export const VERDICT_STATUSES: VerdictStatus[] = ['eligible', 'cannot_tell', 'not_eligible'];

export interface VerdictView {
  benefit: string;
  status: VerdictStatus;
  amount: { value: number; period: 'month' | 'year' | 'once'; note: LocalizedText | null } | null;
  criteria: Criterion[];
  missing: string[];
  whatWouldChange: LocalizedText[];
  toVerify: boolean;
  legalBasis: LegalSource;
  name: LocalizedText;
  agency: LocalizedText;
  howToApply: LocalizedText;
}

export type QuestionKind = 'number' | 'money' | 'boolean' | 'choice' | 'ages';

export interface Question {
  id: string;
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText | null;
  options?: { value: string | number | boolean; label: LocalizedText }[];
  min?: number;
  max?: number;
}

/** Euros in the reader's language: «1.234,50 €» / «€1,234.50». */
export function formatEuro(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'el-GR', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value);
}
