import { Assessment, money } from '../assessment.js';
import { formatMoney } from '../format.js';
import { dependentsOf, householdOf } from '../household.js';
import type { Rule } from '../types.js';
import { need, union } from './common.js';

const legalBasis = { title: 'ΚΥΑ επιδόματος θέρμανσης 2025–26 (ΑΑΔΕ, myΘέρμανση)' };

/**
 * Επίδομα θέρμανσης: yearly income up to 16,000 € single, 24,000 € married, 29,000 € single
 * parent, plus an amount per child (U; for a single parent from the 2nd child); real estate up to
 * 200,000 € single, 260,000 € married or single parent, +40,000 € per child. The amount depends
 * on the climate zone and fuel: the minimum is given, with the range in the note.
 */
export const heatingAllowanceRule: Rule = {
  benefit: 'heating_allowance',
  legalBasis,
  evaluate(ctx) {
    const input = ctx.input;
    const household = householdOf(input);
    const dependents = dependentsOf(ctx);
    const a = new Assessment(ctx);
    const single = ctx.param<number>('heating_allowance.income_limit.single');
    const married = ctx.param<number>('heating_allowance.income_limit.married');
    const singleParentLimit = ctx.param<number>('heating_allowance.income_limit.single_parent');
    const perChild = ctx.param<number>('heating_allowance.income_limit.per_child');
    const assetsSingle = ctx.param<number>('heating_allowance.assets.single');
    const assetsMarried = ctx.param<number>('heating_allowance.assets.married');
    const assetsPerChild = ctx.param<number>('heating_allowance.assets.per_child');
    const known = dependents.complete && dependents.singleParent !== null;
    const children = dependents.children.length;
    let incomeLimit: number | null = null;
    let assetsLimit: number | null = null;
    if (known) {
      if (dependents.singleParent) {
        incomeLimit = singleParentLimit + perChild * (children - 1);
        assetsLimit = assetsMarried + assetsPerChild * children;
      } else if (household.hasPartner) {
        incomeLimit = married + perChild * children;
        assetsLimit = assetsMarried + assetsPerChild * children;
      } else {
        incomeLimit = single + perChild * children;
        assetsLimit = assetsSingle + assetsPerChild * children;
      }
    }
    const compositionMissing = known ? [] : dependents.missing;
    a.moneyAtMost(
      'yearly_income',
      { el: 'Ετήσιο οικογενειακό εισόδημα', en: 'Yearly household income' },
      household.totalIncome,
      incomeLimit,
      a.source('heating_allowance.income_limit.single'),
      union(need(household.totalIncome, 'householdYearlyIncome'), compositionMissing),
      'yearly_income',
    );
    a.moneyAtMost(
      'real_estate',
      { el: 'Αξία ακίνητης περιουσίας', en: 'Value of real estate' },
      input.realEstateValue,
      assetsLimit,
      a.source('heating_allowance.assets.single'),
      union(need(input.realEstateValue, 'realEstateValue'), compositionMissing),
      'assets',
    );
    return a.outcome(() => {
      const min = ctx.param<number>('heating_allowance.amount.min');
      const max = ctx.param<number>('heating_allowance.amount.max');
      const coldMax = ctx.param<number>('heating_allowance.amount.cold_zone_max');
      return money(min, 'year', {
        el: `Τουλάχιστον ${formatMoney(min, 'el')}· έως ${formatMoney(max, 'el')} (${formatMoney(coldMax, 'el')} σε ψυχρές ζώνες) ανάλογα με τη ζώνη και το καύσιμο.`,
        en: `At least ${formatMoney(min, 'en')}; up to ${formatMoney(max, 'en')} (${formatMoney(coldMax, 'en')} in cold zones) depending on the zone and the fuel.`,
      });
    });
  },
};
