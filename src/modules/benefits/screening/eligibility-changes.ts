import type { Verdict, VerdictStatus } from '../rules/types.js';

export interface PreviousEligibility {
  benefit: string;
  status: VerdictStatus;
  amount: string | number | null;
  amount_period: 'month' | 'year' | 'once' | null;
  rules_version: string;
  first_eligible_at: Date | null;
}

export interface EligibilityChange {
  householdId: string;
  benefit: string;
  status: VerdictStatus;
  amount: number | null;
  amountPeriod: 'month' | 'year' | 'once' | null;
  firstEligibleAt: Date | null;
}

/**
 * The rows to write after re-screening one household: only verdicts that differ from the stored
 * ones (status, amount, or the rules version they were computed with), so an unchanged household
 * costs no write; a `not_eligible` verdict with no stored row is not written either (absence is
 * not eligible). `firstEligibleAt` keeps the start of an unbroken eligible run; a household that
 * was eligible before keeps its date, which is what keeps it off the newly-eligible list.
 */
export function eligibilityChanges(
  householdId: string,
  previous: readonly PreviousEligibility[],
  verdicts: readonly Verdict[],
  version: string,
  now: Date,
): EligibilityChange[] {
  const before = new Map(previous.map((row) => [row.benefit, row]));
  const changes: EligibilityChange[] = [];
  for (const verdict of verdicts) {
    const old = before.get(verdict.benefit);
    const amount = verdict.status === 'eligible' ? (verdict.amount?.value ?? null) : null;
    const amountPeriod = verdict.status === 'eligible' ? (verdict.amount?.period ?? null) : null;
    const unchanged =
      old !== undefined &&
      old.status === verdict.status &&
      sameAmount(old.amount, amount) &&
      old.amount_period === amountPeriod &&
      old.rules_version === version;
    if (unchanged) continue;
    // No row means not eligible: a household never eligible for a benefit costs no write (most of
    // the 20 verdicts of most households on a first full run), and the newly-eligible list reads
    // eligible rows only. A row is still written when an eligible run ends, to clear its date.
    if (old === undefined && verdict.status === 'not_eligible') continue;
    const firstEligibleAt =
      verdict.status !== 'eligible'
        ? null
        : old?.status === 'eligible'
          ? (old.first_eligible_at ?? now)
          : now;
    changes.push({
      householdId,
      benefit: verdict.benefit,
      status: verdict.status,
      amount,
      amountPeriod,
      firstEligibleAt,
    });
  }
  return changes;
}

function sameAmount(stored: string | number | null, amount: number | null): boolean {
  if (stored === null || amount === null) return stored === amount;
  return Math.round(Number(stored) * 100) === Math.round(amount * 100);
}
