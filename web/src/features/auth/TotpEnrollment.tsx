import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useSubmit } from '../../lib/use-submit.js';
import { confirmTotpEnrollment, type TotpEnrollment as Enrollment } from './api/totp-enrollment.js';
import { CodeField, isSixDigits } from './CodeField.js';
import type { SessionView } from './session-types.js';

/** The server's SVG as a data: URL, so no markup is injected into the page (strict CSP). */
function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function TotpEnrollment({ onEnrolled }: { onEnrolled: (session: SessionView) => void }) {
  const { t } = useTranslation();
  const enrollment = useApiQuery<Enrollment>('/api/auth/totp/enrollment');
  const [code, setCode] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (
      !submit.validate(isSixDigits(code) ? [] : [{ field: 'code', message: t('auth.codeInvalid') }])
    )
      return;
    const session = await submit.run(() => confirmTotpEnrollment(code));
    if (session) onEnrolled(session);
  }

  if (enrollment.error) return <LoadError error={enrollment.error} onRetry={enrollment.reload} />;
  if (!enrollment.data) return <Loading />;
  const { qrSvg, secret } = enrollment.data;

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      <p className="govgr-body">{t('auth.enrollIntro')}</p>
      <img
        className="kt-qr"
        src={svgDataUrl(qrSvg)}
        alt={t('auth.qrAlt')}
        width={220}
        height={220}
      />
      <p className="govgr-body">{t('auth.secretLabel')}</p>
      <p className="govgr-body kt-secret" data-testid="totp-secret">
        {secret}
      </p>
      <CodeField value={code} onChange={setCode} error={submit.fieldErrors.code} />
      <Button type="submit" disabled={submit.submitting}>
        {t('auth.confirm')}
      </Button>
    </form>
  );
}
