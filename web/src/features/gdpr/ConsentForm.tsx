import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { useSubmit } from '../../lib/use-submit.js';
import { recordConsent } from './api/consents.js';
import { LEGAL_BASES, PURPOSES } from './gdpr-types.js';

export function ConsentForm({ residentId, onSaved }: { residentId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<string>('case_management');
  const [legalBasis, setLegalBasis] = useState<string>('art6_1e');
  const [status, setStatus] = useState('given');
  const submit = useSubmit();
  const vocab = (name: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`vocab.${name}.${v}`) }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() =>
      recordConsent(residentId, { purpose, legalBasis, status }),
    );
    if (saved) onSaved();
  }

  return (
    <form
      className="govgr-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="consent-heading"
    >
      <h3 className="govgr-heading-m" id="consent-heading">
        {t('gdpr.recordConsent')}
      </h3>
      <ErrorSummary messages={submit.messages} />
      <Select
        id="purpose"
        label={t('gdpr.purpose')}
        value={purpose}
        onChange={setPurpose}
        options={vocab('consentPurpose', PURPOSES)}
        error={submit.fieldErrors.purpose}
      />
      <Select
        id="legalBasis"
        label={t('gdpr.legalBasis')}
        value={legalBasis}
        onChange={setLegalBasis}
        options={vocab('legalBasis', LEGAL_BASES)}
        error={submit.fieldErrors.legalBasis}
      />
      <Select
        id="consentStatus"
        label={t('gdpr.status')}
        value={status}
        onChange={setStatus}
        options={vocab('consentStatus', ['given', 'withdrawn'])}
      />
      <Button type="submit" disabled={submit.submitting}>
        {t('gdpr.saveConsent')}
      </Button>
    </form>
  );
}
