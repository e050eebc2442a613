import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { formatMoney, parseMoney } from '../../lib/money.js';
import { useSubmit } from '../../lib/use-submit.js';
import { formatEuro } from '../../components/verdicts/verdict-types.js';
import { saveProgramCriteria, useProgramCriteria } from './api/criteria.js';
import type { ProgramCriteria } from './benefit-types.js';

const MONEY = ['incomeLimitBase', 'incomeLimitPerDependant', 'disabilityBonus'] as const;

/** A municipal program's criteria in this Center's settings; editable with programs.manage. */
export function CriteriaSection({ code, canManage }: { code: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const criteria = useProgramCriteria(code);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="criteria-heading">
      <h2 className="govgr-heading-m" id="criteria-heading">
        {t('benefits.criteria.title')}
      </h2>
      {criteria.error ? <LoadError error={criteria.error} onRetry={criteria.reload} /> : null}
      {criteria.loading ? <Loading /> : null}
      {saved ? (
        <NotificationBanner title={t('benefits.criteria.saved')} success>
          <p className="govgr-body">{t('benefits.criteria.savedText')}</p>
        </NotificationBanner>
      ) : null}
      {criteria.data && canManage ? (
        <CriteriaForm
          key={criteria.data.version}
          code={code}
          criteria={criteria.data}
          onSaved={(c) => {
            setSaved(true);
            criteria.setData(c);
          }}
          onEdit={() => setSaved(false)}
          onReload={criteria.reload}
        />
      ) : null}
      {criteria.data && !canManage ? (
        <dl className="govgr-summary-list">
          {MONEY.map((key) => (
            <div key={key} className="govgr-summary-list__row">
              <dt className="govgr-summary-list__key">{t(`benefits.criteria.${key}`)}</dt>
              <dd className="govgr-summary-list__value">
                {formatEuro(criteria.data?.[key] ?? 0, i18n.language)}
              </dd>
            </div>
          ))}
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('benefits.criteria.minAge')}</dt>
            <dd className="govgr-summary-list__value">
              {criteria.data.minAge ?? t('common.notStated')}
            </dd>
          </div>
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('benefits.criteria.requiresResidence')}</dt>
            <dd className="govgr-summary-list__value">
              {t(criteria.data.requiresResidence ? 'common.yes' : 'common.no')}
            </dd>
          </div>
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('benefits.criteria.active')}</dt>
            <dd className="govgr-summary-list__value">
              {t(criteria.data.active ? 'common.yes' : 'common.no')}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

function CriteriaForm({
  code,
  criteria,
  onSaved,
  onEdit,
  onReload,
}: {
  code: string;
  criteria: ProgramCriteria;
  onSaved: (c: ProgramCriteria) => void;
  onEdit: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [money, setMoney] = useState<Record<string, string>>(() =>
    Object.fromEntries(MONEY.map((k) => [k, formatMoney(criteria[k])])),
  );
  const [minAge, setMinAge] = useState(criteria.minAge === null ? '' : String(criteria.minAge));
  const [requiresResidence, setRequiresResidence] = useState(criteria.requiresResidence);
  const [active, setActive] = useState(criteria.active);
  const [stale, setStale] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    onEdit();
    const messages: FieldMessage[] = [];
    const values: Record<string, number> = {};
    for (const key of MONEY) {
      const value = parseMoney(money[key] ?? '');
      if (value === null) {
        messages.push({
          field: `criteria-${key}`,
          message: t('benefits.criteria.moneyError', { field: t(`benefits.criteria.${key}`) }),
        });
      } else values[key] = value;
    }
    const age = minAge.trim() === '' ? null : Number(minAge.trim());
    if (age !== null && (!Number.isInteger(age) || age < 0 || age > 120)) {
      messages.push({ field: 'criteria-minAge', message: t('benefits.criteria.ageError') });
    }
    if (!submit.validate(messages)) return;
    const body: ProgramCriteria = {
      incomeLimitBase: values.incomeLimitBase ?? 0,
      incomeLimitPerDependant: values.incomeLimitPerDependant ?? 0,
      disabilityBonus: values.disabilityBonus ?? 0,
      minAge: age,
      requiresResidence,
      active,
      version: criteria.version,
    };
    let conflict = false;
    const result = await submit.run(async () => {
      try {
        return await saveProgramCriteria(code, body);
      } catch (error) {
        conflict = isStale(error);
        throw error;
      }
    });
    setStale(conflict);
    if (result) onSaved(result);
  }

  return (
    <form noValidate onSubmit={(e) => void save(e)}>
      {stale ? <StaleRecordNotice onReload={onReload} /> : null}
      <ErrorSummary messages={stale ? [] : submit.messages} />
      {MONEY.map((key) => (
        <TextField
          key={key}
          id={`criteria-${key}`}
          label={`${t(`benefits.criteria.${key}`)} (€)`}
          value={money[key] ?? ''}
          onChange={(v) => setMoney((m) => ({ ...m, [key]: v }))}
          inputMode="decimal"
          widthClass="govgr-input--width-10"
          error={submit.fieldErrors[`criteria-${key}`]}
        />
      ))}
      <TextField
        id="criteria-minAge"
        label={t('benefits.criteria.minAge')}
        hint={t('benefits.criteria.minAgeHint')}
        value={minAge}
        onChange={setMinAge}
        inputMode="numeric"
        widthClass="govgr-input--width-3"
        error={submit.fieldErrors['criteria-minAge']}
      />
      <div className="govgr-checkboxes govgr-field">
        <Checkbox
          id="criteria-requiresResidence"
          label={t('benefits.criteria.requiresResidence')}
          checked={requiresResidence}
          onChange={setRequiresResidence}
        />
        <Checkbox
          id="criteria-active"
          label={t('benefits.criteria.active')}
          checked={active}
          onChange={setActive}
        />
      </div>
      <Button type="submit" disabled={submit.submitting}>
        {t('common.save')}
      </Button>
    </form>
  );
}
