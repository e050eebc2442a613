import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import type { Submit } from '../../lib/use-submit.js';
import { updateCase } from './api/update-case.js';
import { CASE_OUTCOMES, CASE_STATUSES, parseTopics, type CaseView } from './case-types.js';

interface CaseFormProps {
  view: CaseView;
  submit: Submit;
  save: (call: () => Promise<CaseView>) => Promise<void>;
}

/** Status, topics and closing with an outcome; closing without one is refused by the server too. */
export function CaseStatusForm({ view, submit, save }: CaseFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(view.status);
  const [outcome, setOutcome] = useState(view.outcome ?? '');
  const [topics, setTopics] = useState(view.topics.join(', '));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (status === 'closed' && !outcome) {
      submit.validate([{ field: 'outcome', message: t('cases.outcomeRequired') }]);
      return;
    }
    void save(() =>
      updateCase(view.id, {
        status,
        topics: parseTopics(topics),
        ...(status === 'closed' ? { outcome } : {}),
        version: view.version,
      }),
    );
  }

  return (
    <form
      className="govgr-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="case-status-heading"
    >
      <h2 className="govgr-heading-l" id="case-status-heading">
        {t('cases.statusHeading')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      <TextField
        id="topics"
        label={t('cases.topics')}
        hint={t('cases.topicsHint')}
        value={topics}
        onChange={setTopics}
        error={submit.fieldErrors.topics}
      />
      <Select
        id="status"
        label={t('cases.status')}
        value={status}
        options={CASE_STATUSES.map((s) => ({ value: s, label: t(`vocab.caseStatus.${s}`) }))}
        onChange={setStatus}
        error={submit.fieldErrors.status}
      />
      {status === 'closed' ? (
        <Select
          id="outcome"
          label={t('cases.outcome')}
          value={outcome}
          options={[
            { value: '', label: t('common.choose') },
            ...CASE_OUTCOMES.map((o) => ({ value: o, label: t(`vocab.caseOutcome.${o}`) })),
          ]}
          onChange={setOutcome}
          error={submit.fieldErrors.outcome}
        />
      ) : null}
      <Button type="submit" disabled={submit.submitting}>
        {status === 'closed' && view.status !== 'closed' ? t('cases.close') : t('common.save')}
      </Button>
    </form>
  );
}

export type { CaseFormProps };
