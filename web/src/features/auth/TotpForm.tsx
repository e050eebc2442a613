import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useSubmit } from '../../lib/use-submit.js';
import { verifyTotp } from './api/verify-totp.js';
import { CodeField, isSixDigits } from './CodeField.js';
import type { SessionView } from './session-types.js';

export function TotpForm({ onVerified }: { onVerified: (session: SessionView) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (
      !submit.validate(isSixDigits(code) ? [] : [{ field: 'code', message: t('auth.codeInvalid') }])
    )
      return;
    const session = await submit.run(() => verifyTotp(code));
    if (session) onVerified(session);
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      <p className="govgr-body">{t('auth.totpIntro')}</p>
      <CodeField value={code} onChange={setCode} error={submit.fieldErrors.code} />
      <Button type="submit" disabled={submit.submitting}>
        {t('auth.confirm')}
      </Button>
    </form>
  );
}
