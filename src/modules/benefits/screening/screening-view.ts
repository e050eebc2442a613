import type { Verdict } from '../rules/types.js';
import { benefitInfo } from './benefit-info.js';
import type { ScreeningRow } from './screening.repository.js';
import type { ScreeningSummary, ScreeningView } from './screening.schemas.js';

export interface VerdictCounts {
  eligible: number;
  notEligible: number;
  cannotTell: number;
}

export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  return {
    eligible: verdicts.filter((v) => v.status === 'eligible').length,
    notEligible: verdicts.filter((v) => v.status === 'not_eligible').length,
    cannotTell: verdicts.filter((v) => v.status === 'cannot_tell').length,
  };
}

function createdBy(row: ScreeningRow) {
  return row.created_by ? { id: row.created_by, displayName: row.created_by_name ?? '' } : null;
}

export function toScreeningView(row: ScreeningRow, currentVersion: string): ScreeningView {
  return {
    id: row.id,
    householdId: row.household_id,
    asOf: row.as_of,
    taxYear: row.tax_year,
    rulesVersion: row.rules_version,
    rulesVersionCurrent: row.rules_version === currentVersion,
    input: row.input,
    verdicts: row.verdicts.map((v) => ({ ...v, ...benefitInfo(v.benefit) })),
    createdAt: row.created_at.toISOString(),
    createdBy: createdBy(row),
  };
}

export function toScreeningSummary(row: ScreeningRow, currentVersion: string): ScreeningSummary {
  return {
    id: row.id,
    asOf: row.as_of,
    taxYear: row.tax_year,
    rulesVersion: row.rules_version,
    rulesVersionCurrent: row.rules_version === currentVersion,
    counts: countVerdicts(row.verdicts),
    createdAt: row.created_at.toISOString(),
    createdBy: createdBy(row),
  };
}
