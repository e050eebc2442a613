import { useTranslation } from 'react-i18next';
import { LoadError } from '../components/LoadError.js';
import { Loading } from '../components/Loading.js';
import type { ApiQuery } from '../lib/use-api-query.js';
import { useDocumentTitle } from '../lib/use-document-title.js';
import { localized, type PublicCenter } from '../lib/types.js';
import { CenterContacts } from './CenterContacts.js';
import { NextSteps } from './NextSteps.js';
import { ServicesList } from './ServicesList.js';

export function HomePage({ center }: { center: ApiQuery<PublicCenter> }) {
  const { t, i18n } = useTranslation();
  const data = center.data;
  const name = data ? localized(data.name, i18n.language) : t('common.appName');
  useDocumentTitle(name);

  return (
    <>
      <h1 className="govgr-heading-xl">{name}</h1>
      {center.loading && !data ? <Loading /> : null}
      {center.error ? <LoadError error={center.error} onRetry={center.reload} /> : null}
      {data ? (
        <>
          <p className="govgr-body-l">
            {t('portal.intro', { municipality: localized(data.municipality, i18n.language) })}
          </p>
          <div className="govgr-notification-banner govgr-notification-banner--success">
            <div className="govgr-notification-banner__content">
              <p className="govgr-body govgr-!-font-weight-bold">{t('portal.free')}</p>
            </div>
          </div>
          <NextSteps />
          <ServicesList />
          <CenterContacts center={data} />
        </>
      ) : null}
    </>
  );
}
