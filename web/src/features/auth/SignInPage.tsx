import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import type { PublicCenter } from '../../lib/types.js';
import { LoginForm } from './LoginForm.js';
import { PasswordChangeForm } from './PasswordChangeForm.js';
import { useSession } from './session-context.js';
import type { SessionStage } from './session-types.js';
import { TotpEnrollment } from './TotpEnrollment.js';
import { TotpForm } from './TotpForm.js';

const TITLES: Record<SessionStage | 'login', string> = {
  login: 'auth.signInTitle',
  totp: 'auth.totpTitle',
  password_change: 'auth.passwordChangeTitle',
  totp_enroll: 'auth.enrollTitle',
  active: 'auth.signInTitle',
};

/** Sign-in in steps; each step follows the `stage` the server returns. */
export function SignInPage() {
  const { t } = useTranslation();
  const { session, setSession } = useSession();
  const center = useApiQuery<PublicCenter>('/api/public/center');
  const stage = session?.stage ?? 'login';
  const title = t(TITLES[stage]);
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));

  if (stage === 'active') return <Redirect to="/" />;

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {stage === 'login' ? (
        <>
          <p className="govgr-body">{t('auth.signInIntro')}</p>
          <LoginForm askCenter={center.data?.multipleCenters ?? false} onSignedIn={setSession} />
        </>
      ) : null}
      {stage === 'totp' ? <TotpForm onVerified={setSession} /> : null}
      {stage === 'password_change' ? (
        <>
          <p className="govgr-body">{t('auth.passwordChangeIntro')}</p>
          <PasswordChangeForm submitLabel={t('auth.changePassword')} onChanged={setSession} />
        </>
      ) : null}
      {stage === 'totp_enroll' ? <TotpEnrollment onEnrolled={setSession} /> : null}
    </>
  );
}
