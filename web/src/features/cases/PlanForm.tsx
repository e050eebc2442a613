import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { fieldId } from '../../lib/form-errors.js';
import { savePlan } from './api/save-plan.js';
import { GOAL_STATUSES, type Goal } from './case-types.js';
import type { CaseFormProps } from './CaseStatusForm.js';

export function PlanForm({ view, submit, save }: CaseFormProps) {
  const { t } = useTranslation();
  const [goals, setGoals] = useState<Goal[]>(view.plan?.goals ?? []);
  const [reviewDate, setReviewDate] = useState(view.plan?.reviewDate ?? '');
  const errors = submit.fieldErrors;
  const setGoal = (i: number, patch: Partial<Goal>) =>
    setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const kept = goals.filter((g) => g.description.trim());
    void save(() =>
      savePlan(view.id, {
        goals: kept.map((g) => ({ ...g, description: g.description.trim() })),
        ...(reviewDate ? { reviewDate } : {}),
        version: view.version,
      }),
    );
  }

  return (
    <form className="govgr-form" noValidate onSubmit={onSubmit} aria-labelledby="plan-heading">
      <h2 className="govgr-heading-l" id="plan-heading">
        {t('cases.plan')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      {goals.map((g, i) => (
        <fieldset key={g.id ?? `new-${i}`} className="govgr-fieldset kt-goal">
          <legend className="govgr-fieldset__legend">{t('cases.goalN', { n: i + 1 })}</legend>
          <TextField
            id={fieldId(`goals.${i}.description`)}
            label={t('cases.goalDescription')}
            value={g.description}
            onChange={(description) => setGoal(i, { description })}
            error={errors[`goals.${i}.description`]}
          />
          <TextField
            id={fieldId(`goals.${i}.targetDate`)}
            type="date"
            label={t('cases.goalTarget')}
            value={g.targetDate ?? ''}
            onChange={(v) => setGoal(i, { targetDate: v || null })}
            error={errors[`goals.${i}.targetDate`]}
            widthClass="govgr-input--width-10"
          />
          <Select
            id={fieldId(`goals.${i}.status`)}
            label={t('cases.goalStatus')}
            value={g.status}
            options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`vocab.goalStatus.${s}`) }))}
            onChange={(v) => setGoal(i, { status: v as Goal['status'] })}
          />
        </fieldset>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          setGoals((gs) => [...gs, { description: '', targetDate: null, status: 'open' }])
        }
      >
        {t('cases.addGoal')}
      </Button>
      <TextField
        id="reviewDate"
        type="date"
        label={t('cases.reviewDate')}
        value={reviewDate}
        onChange={setReviewDate}
        error={errors.reviewDate}
        widthClass="govgr-input--width-10"
      />
      <Button type="submit" disabled={submit.submitting}>
        {t('cases.savePlan')}
      </Button>
    </form>
  );
}
