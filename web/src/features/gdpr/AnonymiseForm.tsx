import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { TextArea } from '../../components/TextArea.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import { anonymiseResident } from './api/anonymise.js';

/** Irreversible, so it asks for a reason and an explicit confirmation. */
export function AnonymiseForm({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState(false);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!reason.trim())
      found.push({
        field: 'erase-reason',
        message: t('common.required', { field: t('gdpr.eraseReason') }),
      });
    if (!confirmed) found.push({ field: 'erase-confirm', message: t('gdpr.confirmRequired') });
    if (!submit.validate(found)) return;
    const result = await submit.run(() => anonymiseResident(residentId, reason.trim()));
    if (result) setDone(true);
  }

  if (done)
    return (
      <NotificationBanner title={t('gdpr.anonymisedTitle')} success>
        <p className="govgr-body">{t('gdpr.anonymisedText')}</p>
      </NotificationBanner>
    );
  return (
    <form
      className="govgr-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="erase-heading"
    >
      <h3 className="govgr-heading-m" id="erase-heading">
        {t('gdpr.erase')}
      </h3>
      <p className="govgr-body">{t('gdpr.eraseWarning')}</p>
      <ErrorSummary messages={submit.messages} />
      <TextArea
        id="erase-reason"
        label={t('gdpr.eraseReason')}
        value={reason}
        onChange={setReason}
        error={submit.fieldErrors['erase-reason'] ?? submit.fieldErrors.reason}
        rows={3}
      />
      <div className="govgr-field">
        <Checkbox
          id="erase-confirm"
          label={t('gdpr.eraseConfirm')}
          checked={confirmed}
          onChange={setConfirmed}
        />
      </div>
      <Button type="submit" variant="warning" disabled={submit.submitting}>
        {t('gdpr.eraseSubmit')}
      </Button>
    </form>
  );
}
