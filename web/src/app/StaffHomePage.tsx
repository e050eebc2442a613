import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/session-context.js';
import { useDocumentTitle } from '../lib/use-document-title.js';
import { localized } from '../lib/types.js';

export function StaffHomePage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(
    t('common.pageTitle', { page: t('staff.nav.home'), site: t('common.staffAppName') }),
  );
  if (!session) return null;
  const center = localized(session.center.name, i18n.language);
  return (
    <>
      <h1 className="govgr-heading-xl">
        {t('staff.home.title', { name: session.user.displayName })}
      </h1>
      <p className="govgr-body-l">{t('staff.home.text', { center })}</p>
    </>
  );
}
