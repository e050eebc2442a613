import {
  formatMoney,
  lessWouldPass,
  moreWouldFail,
  roundCents,
  toCents,
  type MoneyKind,
} from './format.js';
import type { Criterion, LegalSource, Localized, RuleContext, Verdict } from './types.js';

export type RuleOutcome = Omit<Verdict, 'benefit' | 'parametersUsed' | 'toVerify' | 'legalBasis'>;
export type Amount = NonNullable<Verdict['amount']>;

/** Share of a money limit within which a passing household is told what would end eligibility. */
const NEAR_LIMIT_SHARE = 0.1;

/**
 * Collects a rule's criteria and decides the status: any criterion failed → `not_eligible` (facts
 * still missing elsewhere could not change that); else any unknown → `cannot_tell` naming the
 * questions of the unknown criteria only; else `eligible`.
 */
export class Assessment {
  readonly criteria: Criterion[] = [];
  /** Changes that would make a failing criterion pass (shown unless eligible). */
  private readonly toPass: Localized[] = [];
  /** Changes that would make a passing criterion fail (shown when eligible). */
  private readonly toFail: Localized[] = [];
  private readonly missing: string[] = [];
  private failed = false;
  private unknown = false;

  constructor(private readonly ctx: RuleContext) {}

  /** The source of a parameter (read now if the rule has not yet), for a criterion's `source`. */
  source(parameter: string): LegalSource {
    this.ctx.param(parameter);
    const used = this.ctx.used;
    for (let i = used.length - 1; i >= 0; i--) {
      const use = used[i];
      if (use?.name === parameter) return use.source;
    }
    throw new Error(`parameter ${parameter} was not recorded`);
  }

  /** A yes/no condition; `value` null when a fact is missing. */
  condition(
    id: string,
    label: Localized,
    passed: boolean | null,
    source: LegalSource,
    missing: readonly string[],
    value: string | null = null,
  ): boolean | null {
    this.record({ id, label, value, limit: null, passed, source }, missing);
    return passed;
  }

  /** value ≤ limit, compared in cents; explains the euros that would change the result. */
  moneyAtMost(
    id: string,
    label: Localized,
    value: number | null,
    limit: number | null,
    source: LegalSource,
    missing: readonly string[],
    kind: MoneyKind,
    /** Household money per unit of `value` (the equivalence scale for equivalised income). */
    scale = 1,
  ): boolean | null {
    const passed = value === null || limit === null ? null : toCents(value) <= toCents(limit);
    this.record(
      {
        id,
        label,
        value: value === null ? null : formatMoney(value),
        limit: limit === null ? null : formatMoney(limit),
        passed,
        source,
      },
      missing,
    );
    if (value !== null && limit !== null) {
      const gap = roundCents((value - limit) * scale);
      if (passed === false) this.toPass.push(lessWouldPass(gap, kind, label));
      else if (limit > 0 && -gap <= limit * scale * NEAR_LIMIT_SHARE) {
        this.toFail.push(moreWouldFail(-gap, kind, label));
      }
    }
    return passed;
  }

  /** value ≥ limit for ages, years, percentages. */
  atLeast(
    id: string,
    label: Localized,
    value: number | null,
    limit: number,
    source: LegalSource,
    missing: readonly string[],
    format: (n: number) => string = String,
  ): boolean | null {
    const passed = value === null ? null : value >= limit;
    this.record(
      {
        id,
        label,
        value: value === null ? null : format(value),
        limit: format(limit),
        passed,
        source,
      },
      missing,
    );
    return passed;
  }

  private record(criterion: Criterion, missing: readonly string[]): void {
    this.criteria.push(criterion);
    if (criterion.passed === false) this.failed = true;
    else if (criterion.passed === null) {
      this.unknown = true;
      for (const id of missing) if (!this.missing.includes(id)) this.missing.push(id);
    }
  }

  get decided(): 'failed' | 'unknown' | 'passed' {
    return this.failed ? 'failed' : this.unknown ? 'unknown' : 'passed';
  }

  /** The outcome; `amount` is called only when every criterion passed. */
  outcome(amount: () => Amount | null): RuleOutcome {
    const status = this.failed ? 'not_eligible' : this.unknown ? 'cannot_tell' : 'eligible';
    return {
      status,
      amount: status === 'eligible' ? amount() : null,
      criteria: this.criteria,
      missing: status === 'cannot_tell' ? this.missing : [],
      whatWouldChange: status === 'eligible' ? this.toFail : this.toPass,
    };
  }
}

export function money(
  value: number,
  period: Amount['period'],
  note: Localized | null = null,
): Amount {
  return { value: Math.max(0, roundCents(value)), period, note };
}
