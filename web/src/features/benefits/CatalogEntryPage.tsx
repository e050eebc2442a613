import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { localized } from '../../lib/types.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useCatalog } from './api/catalog.js';
import { CriteriaSection } from './CriteriaSection.js';

/** `/staff/benefits/:code`: who may apply, documents, how, where; municipal criteria. */
export function CatalogEntryPage({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const catalog = useCatalog();
  const entry = catalog.data?.items.find((x) => x.code === code);
  const lang = i18n.language;
  const page = entry ? localized(entry.name, lang) : t('benefits.catalog.title');
  useDocumentTitle(t('common.pageTitle', { page, site: t('common.staffAppName') }));

  if (catalog.error) return <LoadError error={catalog.error} onRetry={catalog.reload} />;
  if (catalog.loading) return <Loading />;
  if (!entry) {
    return (
      <>
        <h1 className="govgr-heading-xl">{t('common.notFoundTitle')}</h1>
        <Link className="govgr-link" href="/benefits">
          {t('benefits.catalog.back')}
        </Link>
      </>
    );
  }
  const rows: [string, string | null][] = [
    ['agency', localized(entry.agency, lang)],
    ['whoMayApply', localized(entry.whoMayApply, lang)],
    ['howToApply', localized(entry.howToApply, lang)],
    [
      'applicationWindow',
      entry.applicationWindow ? localized(entry.applicationWindow, lang) : null,
    ],
    ['renewal', entry.renewal ? localized(entry.renewal, lang) : null],
  ];
  return (
    <>
      <p className="govgr-body">
        <Link className="govgr-back-link" href="/benefits">
          {t('benefits.catalog.back')}
        </Link>
      </p>
      <h1 className="govgr-heading-xl">{page}</h1>
      <p className="govgr-body-l">{localized(entry.description, lang)}</p>
      <dl className="govgr-summary-list">
        {rows.map(([key, value]) =>
          value ? (
            <div key={key} className="govgr-summary-list__row">
              <dt className="govgr-summary-list__key">{t(`benefits.entry.${key}`)}</dt>
              <dd className="govgr-summary-list__value">{value}</dd>
            </div>
          ) : null,
        )}
        {entry.platformUrl ? (
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('benefits.entry.platform')}</dt>
            <dd className="govgr-summary-list__value">
              <a className="govgr-link" href={entry.platformUrl} rel="noopener noreferrer">
                {entry.platformUrl}
              </a>
            </dd>
          </div>
        ) : null}
        <div className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{t('benefits.entry.legalBasis')}</dt>
          <dd className="govgr-summary-list__value">
            {entry.legalBasis.url ? (
              <a className="govgr-link" href={entry.legalBasis.url} rel="noopener noreferrer">
                {entry.legalBasis.title}
              </a>
            ) : (
              entry.legalBasis.title
            )}
          </dd>
        </div>
      </dl>
      {entry.documents.length > 0 ? (
        <section aria-labelledby="entry-documents">
          <h2 className="govgr-heading-m" id="entry-documents">
            {t('benefits.entry.documents')}
          </h2>
          <ul className="govgr-list govgr-list--bullet">
            {entry.documents.map((d) => (
              <li key={d.code}>{localized(d.label, lang)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {entry.kind === 'municipal' ? (
        <CriteriaSection
          code={entry.code}
          canManage={hasPermission(session, 'benefits.programs.manage')}
        />
      ) : null}
    </>
  );
}
