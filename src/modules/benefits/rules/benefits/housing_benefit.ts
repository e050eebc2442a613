import { Assessment, money } from '../assessment.js';
import { householdOf } from '../household.js';
import type { Rule } from '../types.js';
import { need, yearsText } from './common.js';

const legalBasis = { title: 'ν.4472/2017 άρθρο 5· ΚΥΑ Δ13/οικ.33475/2019' };

/**
 * Επίδομα στέγασης: a tenant with a registered e-lease, resident for the parameter's years, with
 * income, real estate and deposits under limits by household size; 70 € + 35 € per extra member
 * (the first minor of a single parent 70 €), at most 210 € a month.
 */
export const housingBenefitRule: Rule = {
  benefit: 'housing_benefit',
  legalBasis,
  evaluate(ctx) {
    const input = ctx.input;
    const household = householdOf(input);
    const a = new Assessment(ctx);
    const known = household.compositionMissing.length === 0;
    a.condition(
      'pays_rent',
      { el: 'Καταβάλλει ενοίκιο κύριας κατοικίας', en: 'Pays rent for the main residence' },
      input.yearlyRent === null ? null : input.yearlyRent > 0,
      legalBasis,
      ['yearlyRent'],
    );
    a.condition(
      'electronic_lease',
      { el: 'Ηλεκτρονικό μισθωτήριο (ΑΑΔΕ)', en: 'Registered electronic lease (AADE)' },
      input.hasElectronicLease,
      legalBasis,
      ['hasElectronicLease'],
    );
    const minYears = ctx.param<number>('housing_benefit.residence.min_years');
    a.atLeast(
      'residence_years',
      { el: 'Έτη διαμονής στην Ελλάδα', en: 'Years of residence in Greece' },
      household.reference?.residenceYears ?? null,
      minYears,
      a.source('housing_benefit.residence.min_years'),
      ['residenceYears'],
      yearsText,
    );
    const bySize = ctx.param<readonly number[]>('housing_benefit.income_limit.by_size');
    const incomeLimit = known
      ? (bySize[Math.min(household.size, bySize.length) - 1] ?? null)
      : null;
    a.moneyAtMost(
      'yearly_income',
      { el: 'Ετήσιο οικογενειακό εισόδημα', en: 'Yearly household income' },
      household.totalIncome,
      incomeLimit,
      a.source('housing_benefit.income_limit.by_size'),
      [...need(household.totalIncome, 'householdYearlyIncome'), ...household.compositionMissing],
      'yearly_income',
    );
    const realEstateLimit = known
      ? Math.min(
          ctx.param<number>('housing_benefit.real_estate.base') +
            ctx.param<number>('housing_benefit.real_estate.per_extra_member') *
              (household.size - 1),
          ctx.param<number>('housing_benefit.real_estate.max'),
        )
      : null;
    a.moneyAtMost(
      'real_estate',
      { el: 'Αξία ακίνητης περιουσίας', en: 'Value of real estate' },
      input.realEstateValue,
      realEstateLimit,
      a.source('housing_benefit.real_estate.base'),
      [...need(input.realEstateValue, 'realEstateValue'), ...household.compositionMissing],
      'assets',
    );
    const ratio = ctx.param<number>('housing_benefit.deposits.ratio_to_income_limit');
    a.moneyAtMost(
      'deposits',
      { el: 'Καταθέσεις', en: 'Deposits' },
      input.deposits,
      incomeLimit === null ? null : incomeLimit * ratio,
      a.source('housing_benefit.deposits.ratio_to_income_limit'),
      [...need(input.deposits, 'deposits'), ...household.compositionMissing],
      'assets',
    );
    return a.outcome(() => {
      const base = ctx.param<number>('housing_benefit.amount.base');
      const perMember = ctx.param<number>('housing_benefit.amount.per_extra_member');
      const firstMinor = ctx.param<number>('housing_benefit.amount.single_parent_first_minor');
      const max = ctx.param<number>('housing_benefit.amount.max');
      const singleParent = !household.hasPartner && household.minors > 0;
      const amount =
        base + perMember * (household.size - 1) + (singleParent ? firstMinor - perMember : 0);
      return money(Math.min(amount, max), 'month', null);
    });
  },
};
