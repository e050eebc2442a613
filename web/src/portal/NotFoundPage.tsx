import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../lib/use-document-title.js';

export function NotFoundPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(
    t('common.pageTitle', { page: t('common.notFoundTitle'), site: t('common.appName') }),
  );
  return (
    <>
      <h1 className="govgr-heading-xl">{t('common.notFoundTitle')}</h1>
      <p className="govgr-body">{t('common.notFound')}</p>
      <p className="govgr-body">
        <Link className="govgr-link" href={homeHref}>
          {t('common.backHome')}
        </Link>
      </p>
    </>
  );
}
