import type { LegalSource, VerdictView } from '../../components/verdicts/verdict-types.js';
import type { LocalizedText } from '../../lib/types.js';

export interface CatalogEntry {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  agency: LocalizedText;
  kind: 'national' | 'municipal';
  whoMayApply: LocalizedText;
  documents: { code: string; label: LocalizedText }[];
  howToApply: LocalizedText;
  platformUrl: string | null;
  applicationWindow: LocalizedText | null;
  renewal: LocalizedText | null;
  legalBasis: LegalSource;
}

export interface ParameterValue {
  value: number | string | boolean | number[];
  from: string;
  source: LegalSource;
  verified: boolean;
}

export interface ParameterItem {
  name: string;
  benefit: string;
  label: LocalizedText;
  unit: string;
  current: ParameterValue | null;
  history: ParameterValue[];
  reviewBy: string | null;
  overdue: boolean;
}

export interface ProgramCriteria {
  incomeLimitBase: number;
  incomeLimitPerDependant: number;
  disabilityBonus: number;
  minAge: number | null;
  requiresResidence: boolean;
  active: boolean;
  version: number;
}

export interface Screening {
  id: string;
  householdId: string;
  asOf: string;
  taxYear: number | null;
  rulesVersion: string;
  verdicts: VerdictView[];
  createdAt: string;
  createdBy: { id: string; displayName: string } | string | null;
}

/** The contract leaves ScreeningSummary open: read what is there, defensively. */
export type ScreeningSummary = Partial<Omit<Screening, 'verdicts'>> & {
  id: string;
  createdAt?: string;
  counts?: Partial<Record<'eligible' | 'not_eligible' | 'cannot_tell', number>>;
};

export interface NewlyEligible {
  residentId: string;
  name: string;
  phone: string | null;
  benefit: string;
  since: string;
}

export function byName(createdBy: Screening['createdBy'] | undefined): string {
  if (!createdBy) return '';
  return typeof createdBy === 'string' ? createdBy : createdBy.displayName;
}
