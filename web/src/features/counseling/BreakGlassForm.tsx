import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextArea } from '../../components/TextArea.js';
import { useSubmit } from '../../lib/use-submit.js';
import { breakGlass } from './api/break-glass.js';
import type { NoteView } from './session-types.js';

export function BreakGlassForm({
  sessionId,
  onOpened,
}: {
  sessionId: string;
  onOpened: (n: NoteView) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const id = `reason-${sessionId}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const length = reason.trim().length;
    if (
      !submit.validate(
        length < 20 || length > 500 ? [{ field: id, message: t('counseling.reasonLength') }] : [],
      )
    )
      return;
    const note = await submit.run(() => breakGlass(sessionId, reason.trim()));
    if (note) onOpened(note);
  }

  return (
    <form className="govgr-form kt-break-glass" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      <p className="govgr-body">{t('counseling.breakGlassWarning')}</p>
      <TextArea
        id={id}
        label={t('counseling.breakGlassReason')}
        hint={t('counseling.reasonHint')}
        value={reason}
        onChange={setReason}
        error={submit.fieldErrors[id] ?? submit.fieldErrors.reason}
        rows={3}
      />
      <Button type="submit" variant="warning" disabled={submit.submitting}>
        {t('counseling.breakGlassSubmit')}
      </Button>
    </form>
  );
}
