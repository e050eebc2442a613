import { Assessment, money } from '../assessment.js';
import { householdOf } from '../household.js';
import type { RuleContext, Rule } from '../types.js';
import { need } from './common.js';

export interface EeeUnits {
  /** Adults for the guarantee: in a single-parent household the eldest minor counts as adult. */
  adults: number;
  minors: number;
}

/** ν.4389/2016 art. 235: adults and minors as the guarantee counts them; null when unknown. */
export function eeeUnits(ctx: RuleContext): EeeUnits | null {
  const household = householdOf(ctx.input);
  if (household.compositionMissing.length > 0) return null;
  let { adults, minors } = household;
  if ((!household.hasPartner && minors > 0) || adults === 0) {
    adults += 1;
    minors -= 1;
  }
  return { adults, minors };
}

export function eeeGuarantee(ctx: RuleContext, units: EeeUnits): number {
  return (
    ctx.param<number>('eee.guarantee.first_adult') +
    ctx.param<number>('eee.guarantee.extra_adult') * (units.adults - 1) +
    ctx.param<number>('eee.guarantee.minor') * units.minors
  );
}

/**
 * Ελάχιστο Εγγυημένο Εισόδημα (ν.4389/2016 art. 235): income of the last 6 months ≤ 6 × the
 * guarantee, real estate, deposits and vehicles under their limits; pays the guarantee minus the
 * monthly income (U).
 */
export const eeeRule: Rule = {
  benefit: 'eee',
  legalBasis: {
    title: 'ν.4389/2016 άρθρο 235· ν.4756/2020',
    url: 'https://www.opeka.gr/elachisto-engyimeno-eisodima/nomothesia/',
  },
  evaluate(ctx) {
    const input = ctx.input;
    const household = householdOf(input);
    const a = new Assessment(ctx);
    // Read first, so that the criteria can cite them even while the composition is unknown.
    ctx.param<number>('eee.guarantee.first_adult');
    ctx.param<number>('eee.deposits.base');
    const units = eeeUnits(ctx);
    const guarantee = units === null ? null : eeeGuarantee(ctx, units);
    const months = ctx.param<number>('eee.income.months');
    a.moneyAtMost(
      'income_6_months',
      {
        el: 'Εισόδημα εξαμήνου έως 6 × εγγυημένο ποσό',
        en: 'Income of the last 6 months up to 6 × the guarantee',
      },
      input.incomeLast6Months,
      guarantee === null ? null : guarantee * months,
      a.source('eee.guarantee.first_adult'),
      [...need(input.incomeLast6Months, 'incomeLast6Months'), ...household.compositionMissing],
      'income_6_months',
    );

    const extraMembers = household.size - 1;
    const realEstateLimit = Math.min(
      ctx.param<number>('eee.real_estate.base') +
        ctx.param<number>('eee.real_estate.per_extra_member') * extraMembers,
      ctx.param<number>('eee.real_estate.max'),
    );
    a.moneyAtMost(
      'real_estate',
      { el: 'Αξία ακίνητης περιουσίας', en: 'Value of real estate' },
      input.realEstateValue,
      household.compositionMissing.length > 0 ? null : realEstateLimit,
      a.source('eee.real_estate.base'),
      [...need(input.realEstateValue, 'realEstateValue'), ...household.compositionMissing],
      'assets',
    );
    const depositsLimit =
      units === null
        ? null
        : Math.min(
            ctx.param<number>('eee.deposits.base') +
              ctx.param<number>('eee.deposits.per_extra_adult') * (units.adults - 1) +
              ctx.param<number>('eee.deposits.per_minor') * units.minors,
            ctx.param<number>('eee.deposits.max'),
          );
    a.moneyAtMost(
      'deposits',
      { el: 'Καταθέσεις', en: 'Deposits' },
      input.deposits,
      depositsLimit,
      a.source('eee.deposits.base'),
      [...need(input.deposits, 'deposits'), ...household.compositionMissing],
      'assets',
    );
    a.moneyAtMost(
      'vehicles',
      { el: 'Αξία οχημάτων', en: 'Value of vehicles' },
      input.vehiclesValue,
      ctx.param<number>('eee.vehicles.max'),
      a.source('eee.vehicles.max'),
      need(input.vehiclesValue, 'vehiclesValue'),
      'assets',
    );
    return a.outcome(() => {
      const monthlyIncome =
        (input.incomeLast6Months ?? 0) / ctx.param<number>('eee.payment.monthly_income_divisor');
      return money((guarantee ?? 0) - monthlyIncome, 'month', {
        el: 'Εγγυημένο ποσό μείον το μέσο μηνιαίο εισόδημα του εξαμήνου.',
        en: 'The guarantee minus the average monthly income of the last 6 months.',
      });
    });
  },
};
