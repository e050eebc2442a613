import type { TFunction } from 'i18next';
import type { FieldMessage } from '../../lib/form-errors.js';
import { formatMoney, parseMoney } from '../../lib/money.js';
import type { Finances, Income } from './household-types.js';

export const MONEY_FIELDS = ['realEstateValue', 'deposits', 'vehiclesValue', 'rentPaid'] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

export interface IncomeDraft {
  key: number;
  memberId: string;
  type: Income['type'];
  amount: string;
}

export interface FinancesDraft {
  incomes: IncomeDraft[];
  money: Record<MoneyField, string>;
  notes: string;
}

export function toFinancesDraft(f: Finances): FinancesDraft {
  return {
    incomes: f.incomes.map((i, key) => ({ ...i, key, amount: formatMoney(i.amount) })),
    money: {
      realEstateValue: formatMoney(f.realEstateValue),
      deposits: formatMoney(f.deposits),
      vehiclesValue: formatMoney(f.vehiclesValue),
      rentPaid: formatMoney(f.rentPaid),
    },
    notes: f.notes ?? '',
  };
}

/** Client-side checks with the same field paths the server uses (`incomes.0.amount`). */
export function validateFinances(d: FinancesDraft, t: TFunction): FieldMessage[] {
  const found: FieldMessage[] = [];
  const invalid = (field: string, label: string) =>
    found.push({ field, message: t('households.finances.amountInvalid', { field: label }) });
  d.incomes.forEach((i, n) => {
    if (!i.memberId)
      found.push({
        field: `incomes.${n}.memberId`,
        message: t('common.required', { field: t('households.finances.member') }),
      });
    if (!i.amount.trim())
      found.push({
        field: `incomes.${n}.amount`,
        message: t('common.required', { field: t('households.finances.amount') }),
      });
    else if (parseMoney(i.amount) === null)
      invalid(`incomes.${n}.amount`, t('households.finances.incomeN', { n: n + 1 }));
  });
  for (const f of MONEY_FIELDS) {
    if (parseMoney(d.money[f]) === null) invalid(f, t(`households.finances.${f}`));
  }
  return found;
}

export function fromFinancesDraft(d: FinancesDraft, version: number): Omit<Finances, 'taxYear'> {
  const money = (s: string) => parseMoney(s) ?? 0;
  return {
    version,
    incomes: d.incomes.map((i) => ({
      memberId: i.memberId,
      type: i.type,
      amount: money(i.amount),
    })),
    realEstateValue: money(d.money.realEstateValue),
    deposits: money(d.money.deposits),
    vehiclesValue: money(d.money.vehiclesValue),
    rentPaid: money(d.money.rentPaid),
    notes: d.notes.trim() || null,
  };
}
