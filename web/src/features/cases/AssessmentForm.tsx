import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextArea } from '../../components/TextArea.js';
import { saveAssessment } from './api/save-assessment.js';
import type { CaseFormProps } from './CaseStatusForm.js';

export function AssessmentForm({ view, submit, save }: CaseFormProps) {
  const { t } = useTranslation();
  const [needs, setNeeds] = useState(view.assessment?.needs ?? '');
  const [strengths, setStrengths] = useState(view.assessment?.strengths ?? '');
  const [risks, setRisks] = useState(view.assessment?.risks ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!needs.trim()) {
      submit.validate([
        { field: 'needs', message: t('common.required', { field: t('cases.needs') }) },
      ]);
      return;
    }
    void save(() =>
      saveAssessment(view.id, {
        needs: needs.trim(),
        ...(strengths.trim() ? { strengths: strengths.trim() } : {}),
        ...(risks.trim() ? { risks: risks.trim() } : {}),
        version: view.version,
      }),
    );
  }

  return (
    <form
      className="govgr-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="assessment-heading"
    >
      <h2 className="govgr-heading-l" id="assessment-heading">
        {t('cases.assessment')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      <TextArea
        id="needs"
        label={t('cases.needs')}
        value={needs}
        onChange={setNeeds}
        error={submit.fieldErrors.needs}
        rows={3}
      />
      <TextArea
        id="strengths"
        label={t('cases.strengths')}
        value={strengths}
        onChange={setStrengths}
        error={submit.fieldErrors.strengths}
        rows={3}
      />
      <TextArea
        id="risks"
        label={t('cases.risks')}
        value={risks}
        onChange={setRisks}
        error={submit.fieldErrors.risks}
        rows={3}
      />
      <Button type="submit" disabled={submit.submitting}>
        {t('cases.saveAssessment')}
      </Button>
    </form>
  );
}
