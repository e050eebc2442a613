import type { Localized } from './types.js';

/**
 * People-facing numbers of the verdicts. Criterion values are one string (Greek conventions,
 * "€ 5.400,50"); explanations are localized. Hand-rolled rather than Intl so screening thousands
 * of households a second stays cheap.
 */
export type Language = 'el' | 'en';

/** Rounds to cents (half away from zero), the precision of every amount the engine answers. */
export function roundCents(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON)) / 100;
}

/** Cents as an integer, for comparisons that must not suffer from floating-point noise. */
export function toCents(value: number): number {
  return Math.round(value * 100);
}

function groupThousands(integer: string, separator: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += separator;
    out += integer[i];
  }
  return out;
}

/** "€ 1.296" / "€ 1.296,50" (el) or "€1,296" / "€1,296.50" (en). */
export function formatMoney(value: number, language: Language = 'el'): string {
  const cents = Math.abs(toCents(value));
  const integer = groupThousands(String(Math.floor(cents / 100)), language === 'el' ? '.' : ',');
  const rest = cents % 100;
  const decimals =
    rest === 0 ? '' : (language === 'el' ? ',' : '.') + String(rest).padStart(2, '0');
  const sign = value < 0 && cents !== 0 ? '−' : '';
  return language === 'el' ? `${sign}€ ${integer}${decimals}` : `${sign}€${integer}${decimals}`;
}

export function formatNumber(value: number, language: Language = 'el'): string {
  if (Number.isInteger(value)) return groupThousands(String(value), language === 'el' ? '.' : ',');
  const [integer = '0', decimals = ''] = value.toFixed(2).replace(/0+$/, '').split('.');
  return (
    groupThousands(integer, language === 'el' ? '.' : ',') +
    (language === 'el' ? ',' : '.') +
    decimals
  );
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

export function formatYesNo(value: boolean): string {
  return value ? 'ναι' : 'όχι';
}

/** What kind of money a test compares, for "what would change" sentences. */
export type MoneyKind =
  'yearly_income' | 'income_6_months' | 'equivalised_income' | 'monthly_pension' | 'assets';

const moneyNouns: Record<MoneyKind, Localized> = {
  yearly_income: { el: 'ετήσιο εισόδημα', en: 'yearly income' },
  income_6_months: { el: 'εισόδημα εξαμήνου', en: 'income over the last 6 months' },
  equivalised_income: { el: 'ετήσιο οικογενειακό εισόδημα', en: 'yearly household income' },
  monthly_pension: { el: 'μηνιαία σύνταξη ή επίδομα', en: 'monthly pension or benefit' },
  assets: { el: 'αξία', en: 'in value' },
};

/** "With € 1.200 less yearly income this household would meet «…»." */
export function lessWouldPass(amount: number, kind: MoneyKind, criterion: Localized): Localized {
  const noun = moneyNouns[kind];
  if (kind === 'assets') {
    return {
      el: `Με ${formatMoney(amount, 'el')} λιγότερα σε «${criterion.el}» το κριτήριο θα πληρούνταν.`,
      en: `With ${formatMoney(amount, 'en')} less in “${criterion.en}” the criterion would be met.`,
    };
  }
  return {
    el: `Με ${formatMoney(amount, 'el')} λιγότερο ${noun.el} το νοικοκυριό θα πληρούσε το κριτήριο «${criterion.el}».`,
    en: `With ${formatMoney(amount, 'en')} less ${noun.en} this household would meet “${criterion.en}”.`,
  };
}

/** "More than € 300 more yearly income would end eligibility («…»)." */
export function moreWouldFail(amount: number, kind: MoneyKind, criterion: Localized): Localized {
  const noun = moneyNouns[kind];
  if (kind === 'assets') {
    return {
      el: `Αύξηση πάνω από ${formatMoney(amount, 'el')} σε «${criterion.el}» θα έκανε το νοικοκυριό μη δικαιούχο.`,
      en: `An increase of more than ${formatMoney(amount, 'en')} in “${criterion.en}” would end eligibility.`,
    };
  }
  return {
    el: `Με περισσότερο από ${formatMoney(amount, 'el')} επιπλέον ${noun.el} το νοικοκυριό δεν θα πληρούσε το κριτήριο «${criterion.el}».`,
    en: `More than ${formatMoney(amount, 'en')} of additional ${noun.en} would fail “${criterion.en}”.`,
  };
}

export function localized(el: string, en: string): Localized {
  return { el, en };
}
