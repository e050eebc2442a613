import { Assessment, money } from '../assessment.js';
import { dependentsOf, householdOf } from '../household.js';
import type { Rule } from '../types.js';
import { need, residenceLabel, residenceStatusPasses, union } from './common.js';
import { equivalenceScale } from './child_benefit.js';

const legalBasis = { title: 'ν.5092/2024 άρθρα 29–32' };

/**
 * Επίδομα γέννησης (births from 1.1.2023, ν.5092/2024 arts 29–32): a child born in the last
 * months, a legally and permanently resident mother, equivalised income within the limit (the
 * child benefit's scale); a one-off amount by the child's birth order.
 */
export const birthBenefitRule: Rule = {
  benefit: 'birth_benefit',
  legalBasis,
  evaluate(ctx) {
    const input = ctx.input;
    const household = householdOf(input);
    const a = new Assessment(ctx);
    const byOrder = ctx.param<readonly number[]>('birth_benefit.amount.by_order');
    a.condition(
      'newborn',
      { el: 'Γέννηση τέκνου τους τελευταίους 3 μήνες', en: 'A child born in the last 3 months' },
      input.newbornOrder === null ? null : input.newbornOrder >= 1,
      a.source('birth_benefit.amount.by_order'),
      ['newbornOrder'],
    );
    a.condition(
      'residence_status',
      residenceLabel,
      residenceStatusPasses(household.reference),
      legalBasis,
      ['residenceStatus'],
    );
    const dependents = dependentsOf(ctx);
    const scale = equivalenceScale(ctx, dependents);
    const total = household.totalIncome;
    a.moneyAtMost(
      'equivalised_income',
      { el: 'Ισοδύναμο οικογενειακό εισόδημα', en: 'Equivalised household income' },
      total === null || scale === null ? null : total / scale,
      ctx.param<number>('birth_benefit.income_limit.equivalised'),
      a.source('birth_benefit.income_limit.equivalised'),
      union(need(total, 'householdYearlyIncome'), scale === null ? dependents.missing : []),
      'equivalised_income',
      scale ?? 1,
    );
    return a.outcome(() => {
      const order = Math.min(input.newbornOrder ?? 1, byOrder.length);
      return money(byOrder[order - 1] ?? 0, 'once', {
        el: `${input.newbornOrder}ο τέκνο· καταβάλλεται σε 2 ίσες δόσεις.`,
        en: `Child number ${input.newbornOrder}; paid in 2 equal instalments.`,
      });
    });
  },
};
