import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { localized } from '../../lib/types.js';
import { useCatalog } from './api/catalog.js';
import { NEWLY_ELIGIBLE_CSV, useNewlyEligible } from './api/outreach.js';

/** `/staff/outreach`: residents a re-screening found newly eligible, for a phone/SMS campaign. */
export function OutreachPage() {
  const { t, i18n } = useTranslation();
  const list = useNewlyEligible();
  const catalog = useCatalog();
  const title = t('benefits.outreach.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const nameOf = (code: string) => {
    const entry = catalog.data?.items.find((x) => x.code === code);
    return entry ? localized(entry.name, i18n.language) : code;
  };
  const items = list.data?.items ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">{t('benefits.outreach.intro')}</p>
      <p className="govgr-body">
        {/* A file download: a plain link, the server audits the export. */}
        <a className="govgr-link" href={NEWLY_ELIGIBLE_CSV} download>
          {t('benefits.outreach.csv')}
        </a>
      </p>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p className="govgr-body">{t('benefits.outreach.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--dense">
            <caption className="govgr-table__caption govgr-table__caption--m">
              {t('benefits.outreach.caption', { count: items.length })}
            </caption>
            <thead className="govgr-table__head">
              <tr>
                {['name', 'phone', 'benefit', 'since'].map((c) => (
                  <th key={c} scope="col" className="govgr-table__header">
                    {t(`benefits.outreach.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items.map((x) => (
                <tr key={`${x.residentId}-${x.benefit}`}>
                  <td className="govgr-table__cell">
                    <Link className="govgr-link" href={`/residents/${x.residentId}/benefits`}>
                      {x.name}
                    </Link>
                  </td>
                  <td className="govgr-table__cell">
                    {x.phone ? (
                      <a className="govgr-link" href={`tel:${x.phone.replace(/[^+\d]/g, '')}`}>
                        {x.phone}
                      </a>
                    ) : (
                      t('common.notStated')
                    )}
                  </td>
                  <td className="govgr-table__cell">{nameOf(x.benefit)}</td>
                  <td className="govgr-table__cell">{x.since}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
