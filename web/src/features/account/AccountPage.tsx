import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { PasswordChangeForm } from '../auth/PasswordChangeForm.js';
import { useSession } from '../auth/session-context.js';
import type { SessionView } from '../auth/session-types.js';
import { TotpEnrollment } from '../auth/TotpEnrollment.js';

export function AccountPage() {
  const { t } = useTranslation();
  const { session, setSession } = useSession();
  const [done, setDone] = useState<string | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  useDocumentTitle(
    t('common.pageTitle', { page: t('account.title'), site: t('common.staffAppName') }),
  );
  if (!session) return null;
  const { user } = session;

  function finished(next: SessionView, message: string) {
    setSession(next);
    setDone(message);
    setEnrolling(false);
    window.scrollTo(0, 0);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{t('account.title')}</h1>
      {done ? (
        <NotificationBanner title={t('account.doneTitle')} success>
          <p className="govgr-body">{done}</p>
        </NotificationBanner>
      ) : null}
      <dl className="govgr-summary-list">
        <div className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{t('auth.username')}</dt>
          <dd className="govgr-summary-list__value">{user.username}</dd>
        </div>
        <div className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{t('staffAdmin.displayName')}</dt>
          <dd className="govgr-summary-list__value">{user.displayName}</dd>
        </div>
        <div className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{t('staffAdmin.role')}</dt>
          <dd className="govgr-summary-list__value">{t(`roles.${user.role}`)}</dd>
        </div>
      </dl>

      <section aria-labelledby="totp-heading">
        <h2 className="govgr-heading-l" id="totp-heading">
          {t('account.totpHeading')}
        </h2>
        <p className="govgr-body">
          {user.totpEnabled ? t('account.totpEnabled') : t('account.totpDisabled')}
        </p>
        {!user.totpEnabled && !enrolling ? (
          <Button variant="secondary" onClick={() => setEnrolling(true)}>
            {t('account.enableTotp')}
          </Button>
        ) : null}
        {!user.totpEnabled && enrolling ? (
          <TotpEnrollment onEnrolled={(s) => finished(s, t('account.totpNowEnabled'))} />
        ) : null}
      </section>

      <section aria-labelledby="password-heading">
        <h2 className="govgr-heading-l" id="password-heading">
          {t('account.passwordHeading')}
        </h2>
        <PasswordChangeForm
          submitLabel={t('auth.changePassword')}
          onChanged={(s) => finished(s, t('account.passwordChanged'))}
        />
      </section>
    </>
  );
}
