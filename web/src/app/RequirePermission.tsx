import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../components/LoadError.js';
import { hasPermission, useSession } from '../features/auth/session-context.js';
import { useDocumentTitle } from '../lib/use-document-title.js';

/** A page the role may not open shows a clear message instead of a broken page. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string;
  children: ReactNode;
}) {
  const { session } = useSession();
  if (hasPermission(session, permission)) return <>{children}</>;
  return <ForbiddenPage />;
}

function ForbiddenPage() {
  const { t } = useTranslation();
  const page = t('common.forbiddenTitle');
  useDocumentTitle(t('common.pageTitle', { page, site: t('common.staffAppName') }));
  return (
    <>
      <h1 className="govgr-heading-xl">{page}</h1>
      <Forbidden />
    </>
  );
}
