import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { localized } from '../../lib/types.js';
import { useParameters } from './api/parameters.js';
import type { ParameterItem, ParameterValue } from './benefit-types.js';

function formatValue(item: ParameterItem, value: ParameterValue['value'], lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'el-GR';
  if (Array.isArray(value)) return value.map((v) => v.toLocaleString(locale)).join(', ');
  if (typeof value !== 'number') return String(value);
  const n = value.toLocaleString(locale);
  if (item.unit === 'EUR') return `${n} €`;
  if (item.unit === 'EUR_per_month') return `${n} €/${lang === 'en' ? 'month' : 'μήνα'}`;
  if (item.unit === 'percent') return `${n}%`;
  return n;
}

/** `/staff/benefits/parameters`: every number the rules read, with its source and validity. */
export function ParametersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const params = useParameters();
  const title = t('benefits.parameters.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const items = params.data?.items ?? [];
  const overdue = items.filter((x) => x.overdue);
  return (
    <>
      <p className="govgr-body">
        <Link className="govgr-back-link" href="/benefits">
          {t('benefits.catalog.back')}
        </Link>
      </p>
      <h1 className="govgr-heading-xl">{title}</h1>
      {params.error ? <LoadError error={params.error} onRetry={params.reload} /> : null}
      {params.loading ? <Loading /> : null}
      {params.data ? (
        <p className="govgr-hint">
          {t('benefits.parameters.version', { version: params.data.version })}
        </p>
      ) : null}
      {overdue.length > 0 ? (
        <div className="govgr-warning-text" role="region" aria-labelledby="overdue-heading">
          <h2 className="govgr-heading-m" id="overdue-heading">
            {t('benefits.parameters.overdue', { count: overdue.length })}
          </h2>
          <ul className="govgr-list govgr-list--bullet">
            {overdue.map((x) => (
              <li key={x.name}>
                {`${localized(x.label, lang)} — ${t('benefits.parameters.reviewBy', {
                  date: x.reviewBy ?? '—',
                })}`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {params.data ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--dense">
            <caption className="govgr-table__caption govgr-table__caption--m">
              {t('benefits.parameters.caption')}
            </caption>
            <thead className="govgr-table__head">
              <tr>
                {['name', 'value', 'from', 'source', 'reviewBy'].map((c) => (
                  <th key={c} scope="col" className="govgr-table__header">
                    {t(`benefits.parameters.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items.map((x) => (
                <tr key={x.name}>
                  <th scope="row" className="govgr-table__header">
                    {localized(x.label, lang)}
                    <span className="govgr-hint kt-param-name">{x.name}</span>
                  </th>
                  <td className="govgr-table__cell">
                    {x.current ? formatValue(x, x.current.value, lang) : t('common.notStated')}
                    {x.current && !x.current.verified ? (
                      <span className="govgr-tag__gray kt-tag">{t('benefitsCheck.toVerify')}</span>
                    ) : null}
                  </td>
                  <td className="govgr-table__cell">{x.current?.from ?? t('common.notStated')}</td>
                  <td className="govgr-table__cell">
                    {x.current?.source.url ? (
                      <a
                        className="govgr-link"
                        href={x.current.source.url}
                        rel="noopener noreferrer"
                      >
                        {x.current.source.title}
                      </a>
                    ) : (
                      (x.current?.source.title ?? t('common.notStated'))
                    )}
                  </td>
                  <td className="govgr-table__cell">
                    {x.reviewBy ?? t('common.notStated')}
                    {x.overdue ? (
                      <span className="govgr-tag__secondary kt-tag">
                        {t('benefits.parameters.overdueTag')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
