import { Assessment, money } from '../assessment.js';
import { formatMoney } from '../format.js';
import type { Rule } from '../types.js';

const legalBasis = {
  title: 'ΔΥΠΑ — Ειδική παροχή προστασίας μητρότητας (ν.4808/2021 άρθρο 27)',
  url: 'https://parentalbenefits.dypa.gov.gr',
};

/**
 * ΔΥΠΑ maternity: a mother employed or self-employed at the birth (births from 24.9.2023 for the
 * self-employed) gets 9 months at the minimum wage after the 14-week e-ΕΦΚΑ allowance.
 */
export const maternityDypaRule: Rule = {
  benefit: 'maternity_dypa',
  legalBasis,
  evaluate(ctx) {
    const input = ctx.input;
    const a = new Assessment(ctx);
    const months = ctx.param<number>('maternity_dypa.months');
    const wage = ctx.param<number>('maternity_dypa.minimum_wage');
    a.condition(
      'newborn',
      { el: 'Γέννηση τέκνου τους τελευταίους 3 μήνες', en: 'A child born in the last 3 months' },
      input.newbornOrder === null ? null : input.newbornOrder >= 1,
      legalBasis,
      ['newbornOrder'],
    );
    a.condition(
      'mother_insured',
      {
        el: 'Η μητέρα εργαζόταν ή ήταν αυτοαπασχολούμενη στη γέννηση',
        en: 'The mother was employed or self-employed at the birth',
      },
      input.motherInsuredAtBirth,
      legalBasis,
      ['motherInsuredAtBirth'],
    );
    return a.outcome(() =>
      money(months * wage, 'once', {
        el: `${months} μήνες × ${formatMoney(wage, 'el')} (κατώτατος μισθός), μηνιαίως μετά το 14εβδομο επίδομα του e-ΕΦΚΑ.`,
        en: `${months} months × ${formatMoney(wage, 'en')} (minimum wage), monthly after the 14-week e-EFKA allowance.`,
      }),
    );
  },
};
