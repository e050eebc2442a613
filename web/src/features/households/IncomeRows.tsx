import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { fieldId, type FieldErrors } from '../../lib/form-errors.js';
import type { IncomeDraft } from './finances-draft.js';
import { INCOME_TYPES, type HouseholdMember } from './household-types.js';

interface IncomeRowsProps {
  incomes: IncomeDraft[];
  members: HouseholdMember[];
  errors: FieldErrors;
  onChange: (incomes: IncomeDraft[]) => void;
}

/** One row per income: whose, what kind, how much; rows are added and removed freely. */
export function IncomeRows({ incomes, members, errors, onChange }: IncomeRowsProps) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<IncomeDraft>) =>
    onChange(incomes.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const memberOptions = [
    { value: '', label: t('common.choose') },
    ...members.map((m) => ({ value: m.id, label: `${m.surname} ${m.givenName}` })),
  ];
  return (
    <fieldset className="govgr-fieldset">
      <legend className="govgr-fieldset__legend govgr-heading-s">
        {t('households.finances.incomes')}
      </legend>
      {incomes.length === 0 ? (
        <p className="govgr-hint">{t('households.finances.noIncomes')}</p>
      ) : null}
      {incomes.map((income, n) => (
        <fieldset key={income.key} className="govgr-fieldset kt-income">
          <legend className="govgr-fieldset__legend">
            {t('households.finances.incomeN', { n: n + 1 })}
          </legend>
          <div className="kt-inline-actions">
            <Select
              id={fieldId(`incomes.${n}.memberId`)}
              label={t('households.finances.member')}
              value={income.memberId}
              options={memberOptions}
              onChange={(memberId) => set(income.key, { memberId })}
              error={errors[`incomes.${n}.memberId`]}
            />
            <Select
              id={fieldId(`incomes.${n}.type`)}
              label={t('households.finances.type')}
              value={income.type}
              options={INCOME_TYPES.map((x) => ({ value: x, label: t(`vocab.incomeType.${x}`) }))}
              onChange={(type) => set(income.key, { type: type as IncomeDraft['type'] })}
              error={errors[`incomes.${n}.type`]}
            />
            <TextField
              id={fieldId(`incomes.${n}.amount`)}
              label={t('households.finances.amount')}
              value={income.amount}
              onChange={(amount) => set(income.key, { amount })}
              error={errors[`incomes.${n}.amount`]}
              inputMode="decimal"
              autoComplete="off"
              widthClass="govgr-input--width-10"
            />
          </div>
          <Button
            variant="link"
            onClick={() => onChange(incomes.filter((i) => i.key !== income.key))}
          >
            {t('households.finances.removeIncome', { n: n + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          onChange([
            ...incomes,
            {
              key: Math.max(0, ...incomes.map((i) => i.key + 1)),
              memberId: members.length === 1 ? (members[0]?.id ?? '') : '',
              type: 'salary',
              amount: '',
            },
          ])
        }
      >
        {t('households.finances.addIncome')}
      </Button>
    </fieldset>
  );
}
