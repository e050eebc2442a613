import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useSubmit } from '../../lib/use-submit.js';
import { saveFinances } from './api/finances.js';
import {
  fromFinancesDraft,
  MONEY_FIELDS,
  toFinancesDraft,
  validateFinances,
  type FinancesDraft,
} from './finances-draft.js';
import type { Finances, HouseholdView } from './household-types.js';
import { IncomeRows } from './IncomeRows.js';

interface FinancesFormProps {
  household: HouseholdView;
  finances: Finances;
  canWrite: boolean;
  /** Kept by the parent, since the form is remounted with the saved version. */
  saved: boolean;
  onSaved: (f: Finances) => void;
  onReload: () => void;
}

/** One tax year's incomes and assets; amounts are typed the Greek way («1.234,56»). */
export function FinancesForm(props: FinancesFormProps) {
  const { household, finances, canWrite, saved, onSaved, onReload } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FinancesDraft>(() => toFinancesDraft(finances));
  const [stale, setStale] = useState(false);
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!submit.validate(validateFinances(draft, t))) return;
    const result = await submit.run(async () => {
      try {
        return await saveFinances(
          household.id,
          finances.taxYear,
          fromFinancesDraft(draft, finances.version),
        );
      } catch (error) {
        setStale(isStale(error));
        throw error;
      }
    });
    if (result) onSaved(result);
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {saved ? (
        <NotificationBanner title={t('households.finances.savedTitle')} success>
          <p className="govgr-body">
            {t('households.finances.savedText', { year: finances.taxYear })}
          </p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary messages={submit.messages} />
      {stale ? <StaleRecordNotice onReload={onReload} /> : null}
      {finances.version === 0 ? (
        <p className="govgr-hint">{t('households.finances.notRecorded')}</p>
      ) : null}
      <IncomeRows
        incomes={draft.incomes}
        members={household.members}
        errors={errors}
        onChange={(incomes) => setDraft((d) => ({ ...d, incomes }))}
      />
      {MONEY_FIELDS.map((f) => (
        <TextField
          key={f}
          id={f}
          label={t(`households.finances.${f}`)}
          hint={t('households.finances.moneyHint')}
          value={draft.money[f]}
          onChange={(v) => setDraft((d) => ({ ...d, money: { ...d.money, [f]: v } }))}
          error={errors[f]}
          inputMode="decimal"
          autoComplete="off"
          widthClass="govgr-input--width-10"
        />
      ))}
      <TextArea
        id="financesNotes"
        label={t('households.finances.notes')}
        value={draft.notes}
        onChange={(notes) => setDraft((d) => ({ ...d, notes }))}
        error={errors.notes}
        rows={3}
      />
      {canWrite ? (
        <Button type="submit" disabled={submit.submitting}>
          {t('households.finances.save')}
        </Button>
      ) : null}
    </form>
  );
}
