import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { localized } from '../../lib/types.js';
import { useCatalog } from './api/catalog.js';

/** `/staff/benefits`: every benefit and municipal program the engine knows. */
export function CatalogPage() {
  const { t, i18n } = useTranslation();
  const catalog = useCatalog();
  const title = t('benefits.catalog.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const items = catalog.data?.items ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">
        <Link className="govgr-link" href="/benefits/parameters">
          {t('benefits.parameters.title')}
        </Link>
      </p>
      {catalog.error ? <LoadError error={catalog.error} onRetry={catalog.reload} /> : null}
      {catalog.loading ? <Loading /> : null}
      {(['national', 'municipal'] as const).map((kind) => {
        const group = items.filter((x) => x.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`catalog-${kind}`}>
            <h2 className="govgr-heading-m" id={`catalog-${kind}`}>
              {t(`benefits.kind.${kind}`)}
            </h2>
            <ul className="kt-services">
              {group.map((entry) => (
                <li key={entry.code} className="govgr-card govgr-card--border-top">
                  <div className="govgr-card__body">
                    <h3 className="govgr-card__heading">
                      <Link className="govgr-link" href={`/benefits/${entry.code}`}>
                        {localized(entry.name, i18n.language)}
                      </Link>
                    </h3>
                    <p className="govgr-card__text">
                      {localized(entry.description, i18n.language)}
                    </p>
                    <p className="govgr-hint">{localized(entry.agency, i18n.language)}</p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
