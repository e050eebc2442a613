import type { Rule } from '../types.js';
import { eeeRule } from './eee.js';

const legalBasis = {
  title: 'ΥΑ Κοινωνικού Οικιακού Τιμολογίου (ΥΠΕΝ)',
  url: 'https://www.idika.gr/kot',
};

/** ΚΟΤ Α: households that qualify for the ΕΕΕ; a discount on the electricity tariff (no € estimate). */
export const kotARule: Rule = {
  benefit: 'kot_a',
  legalBasis,
  evaluate(ctx) {
    const discount = ctx.param<number>('kot_a.discount_max_percent');
    const eee = eeeRule.evaluate(ctx);
    const passed = eee.status === 'eligible' ? true : eee.status === 'not_eligible' ? false : null;
    return {
      status: eee.status,
      amount: null,
      criteria: [
        {
          id: 'eee_eligible',
          label: {
            el: 'Δικαιούχος Ελάχιστου Εγγυημένου Εισοδήματος',
            en: 'Qualifies for the Minimum Guaranteed Income',
          },
          value: passed === null ? null : passed ? 'ναι' : 'όχι',
          limit: null,
          passed,
          source: legalBasis,
        },
        ...eee.criteria,
      ],
      missing: eee.missing,
      whatWouldChange:
        eee.status === 'eligible'
          ? [
              {
                el: `Έκπτωση έως ${discount}% στο τιμολόγιο ρεύματος.`,
                en: `A discount of up to ${discount}% on the electricity tariff.`,
              },
            ]
          : eee.whatWouldChange,
    };
  },
};
