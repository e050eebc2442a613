import { Assessment } from '../assessment.js';
import { formatMoney, toCents } from '../format.js';
import { householdOf } from '../household.js';
import type { Rule } from '../types.js';
import { need } from './common.js';

const legalBasis = {
  title: 'ΥΑ Κοινωνικού Οικιακού Τιμολογίου (ΥΠΕΝ), ΚΟΤ Β',
  url: 'https://www.idika.gr/kot',
};
const label = { el: 'Ετήσιο οικογενειακό εισόδημα', en: 'Yearly household income' };

/**
 * ΚΟΤ Β: yearly income up to 9,000 € for one adult, +4,500 € per extra adult (the first child of
 * a single parent counts as adult), +2,250 € per minor, at most 31,500 €; +8,000 € with a member
 * of disability ≥67%, +15,000 € with a life-support device. An unknown bonus matters only when
 * the income falls between the limits without and with it.
 */
export const kotBRule: Rule = {
  benefit: 'kot_b',
  legalBasis,
  evaluate(ctx) {
    const input = ctx.input;
    const household = householdOf(input);
    const a = new Assessment(ctx);
    const base = ctx.param<number>('kot_b.income_limit.base');
    const perAdult = ctx.param<number>('kot_b.income_limit.per_extra_adult');
    const perMinor = ctx.param<number>('kot_b.income_limit.per_minor');
    const max = ctx.param<number>('kot_b.income_limit.max');
    const disabilityBonus = ctx.param<number>('kot_b.income_limit.disability_bonus');
    const lifeSupportBonus = ctx.param<number>('kot_b.income_limit.life_support_bonus');
    const disabilityPercent = ctx.param<number>('kot_b.disability_percent');
    const income = household.totalIncome;
    const source = a.source('kot_b.income_limit.base');
    if (household.compositionMissing.length > 0 || income === null) {
      a.moneyAtMost(
        'yearly_income',
        label,
        income,
        null,
        source,
        [...need(income, 'householdYearlyIncome'), ...household.compositionMissing],
        'yearly_income',
      );
      return a.outcome(() => null);
    }
    let { adults, minors } = household;
    if (!household.hasPartner && minors > 0) {
      adults += 1;
      minors -= 1;
    }
    const composition = Math.min(
      base + perAdult * Math.max(0, adults - 1) + perMinor * minors,
      max,
    );
    const disability =
      household.maxDisabilityPercent === null
        ? null
        : household.maxDisabilityPercent >= disabilityPercent;
    const lower =
      composition +
      (disability === true ? disabilityBonus : 0) +
      (input.lifeSupportDevice === true ? lifeSupportBonus : 0);
    const upper =
      lower +
      (disability === null ? disabilityBonus : 0) +
      (input.lifeSupportDevice === null ? lifeSupportBonus : 0);
    if (toCents(income) <= toCents(lower) || toCents(income) > toCents(upper)) {
      a.moneyAtMost(
        'yearly_income',
        label,
        income,
        toCents(income) <= toCents(lower) ? lower : upper,
        source,
        [],
        'yearly_income',
      );
    } else {
      // Between the limits: only the unknown bonuses could decide.
      a.criteria.push({
        id: 'yearly_income',
        label,
        value: formatMoney(income),
        limit: `${formatMoney(lower)} – ${formatMoney(upper)}`,
        passed: null,
        source,
      });
      a.condition(
        'bonus_facts',
        {
          el: 'Αναπηρία ≥67% ή μηχανική υποστήριξη ζωής',
          en: 'Disability ≥67% or life-support device',
        },
        null,
        source,
        [
          ...(disability === null ? ['disabilityPercentMax'] : []),
          ...(input.lifeSupportDevice === null ? ['lifeSupportDevice'] : []),
        ],
      );
    }
    return a.outcome(() => null);
  },
};
