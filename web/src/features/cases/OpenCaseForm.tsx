import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useSubmit } from '../../lib/use-submit.js';
import { createCase } from './api/create-case.js';
import { parseTopics, type CaseView } from './case-types.js';

export function OpenCaseForm({
  residentId,
  onOpened,
}: {
  residentId: string;
  onOpened: (c: CaseView) => void;
}) {
  const { t } = useTranslation();
  const [topics, setTopics] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const list = parseTopics(topics);
    if (
      !submit.validate(
        list.length === 0
          ? [{ field: 'topics', message: t('common.required', { field: t('cases.topics') }) }]
          : [],
      )
    )
      return;
    const created = await submit.run(() => createCase({ residentId, topics: list }));
    if (created) onOpened(created);
  }

  return (
    <form
      className="govgr-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="open-case-heading"
    >
      <h3 className="govgr-heading-m" id="open-case-heading">
        {t('cases.openHeading')}
      </h3>
      <ErrorSummary messages={submit.messages} />
      <TextField
        id="topics"
        label={t('cases.topics')}
        hint={t('cases.topicsHint')}
        value={topics}
        onChange={setTopics}
        error={submit.fieldErrors.topics}
        autoComplete="off"
      />
      <Button type="submit" disabled={submit.submitting}>
        {t('cases.open')}
      </Button>
    </form>
  );
}
