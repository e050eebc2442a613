import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import type { PublicService } from '../../features/directory/directory-types.js';
import { SampleTag } from '../../features/directory/SampleTag.js';
import { ServiceDetails } from '../../features/directory/ServiceDetails.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';

/** `/directory/services/:id`: one service, with what to bring and where to go. */
export function PublicServicePage({ id, centerQuery }: { id: string; centerQuery: string }) {
  const { t } = useTranslation();
  const service = useApiQuery<PublicService>(
    `/api/public/directory/services/${encodeURIComponent(id)}${centerQuery ? `?${centerQuery}` : ''}`,
  );
  const name = service.data?.name ?? t('portal.directory.title');
  useDocumentTitle(t('common.pageTitle', { page: name, site: t('common.appName') }));
  return (
    <>
      <p className="govgr-body">
        <Link className="govgr-back-link" href="/">
          {t('directory.backToList')}
        </Link>
      </p>
      {service.error ? <LoadError error={service.error} onRetry={service.reload} /> : null}
      {service.loading ? <Loading /> : null}
      {service.data ? (
        <>
          <h1 className="govgr-heading-xl">{service.data.name}</h1>
          {service.data.sample ? (
            <p className="govgr-body">
              <SampleTag /> {t('directory.sampleExplained')}
            </p>
          ) : null}
          <ServiceDetails service={service.data} />
        </>
      ) : null}
    </>
  );
}
