import { Assessment } from '../assessment.js';
import type { Rule } from '../types.js';

const legalBasis = {
  title: 'ΥΑ Κοινωνικού Οικιακού Τιμολογίου (ΥΠΕΝ), κατηγορία πολυτέκνων (2024)',
  url: 'https://www.idika.gr/kot',
};

/** ΚΟΤ Γ (from 2024): recognised large families (πολύτεκνοι); a tariff discount (no € estimate). */
export const kotCRule: Rule = {
  benefit: 'kot_c',
  legalBasis,
  evaluate(ctx) {
    const a = new Assessment(ctx);
    const minChildren = ctx.param<number>('kot_c.large_family_min_children');
    a.condition(
      'large_family',
      {
        el: `Αναγνωρισμένη πολύτεκνη οικογένεια (${minChildren}+ τέκνα)`,
        en: `Recognised large family (${minChildren}+ children)`,
      },
      ctx.input.largeFamily,
      a.source('kot_c.large_family_min_children'),
      ['largeFamily'],
    );
    return a.outcome(() => null);
  },
};
