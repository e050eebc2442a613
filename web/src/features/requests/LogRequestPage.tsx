import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LogRequestForm } from './LogRequestForm.js';

function PageHeading({ title }: { title: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  return <h1 className="govgr-heading-xl">{title}</h1>;
}

function ForResident({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const resident = useApiQuery<{ surname: string; givenName: string }>(
    `/api/residents/${encodeURIComponent(residentId)}`,
  );
  const name = resident.data ? `${resident.data.surname} ${resident.data.givenName}` : '…';
  return (
    <>
      <PageHeading title={t('requests.titleFor', { name })} />
      <p className="govgr-body">
        <Link href={`/residents/${residentId}`} className="govgr-link">
          {t('requests.backToFile')}
        </Link>
      </p>
    </>
  );
}

/** Logging a request, for a resident (?residentId=) or anonymous; then back to the desk's box. */
export function LogRequestPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const residentId = new URLSearchParams(useSearch()).get('residentId') ?? undefined;
  return (
    <>
      {residentId ? (
        <ForResident residentId={residentId} />
      ) : (
        <>
          <PageHeading title={t('requests.titleAnonymous')} />
          <p className="govgr-body">{t('requests.anonymousIntro')}</p>
        </>
      )}
      <LogRequestForm residentId={residentId} onSaved={() => navigate('/residents?logged=1')} />
    </>
  );
}
