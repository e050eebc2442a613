import { useTranslation } from 'react-i18next';
import { formatCount, formatMonth } from './report-format.js';
import type { TrendPoint } from './report-types.js';
import { SERIES } from './trend-series.js';

/** The trend chart's numbers as a table, one click away (closed so the page stays short). */
export function TrendTable({ trend }: { trend: TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <details className="govgr-details">
      <summary className="govgr-details__summary">
        <span className="govgr-details__summary-text">{t('reports.showData')}</span>
      </summary>
      <div className="kt-table-wrap">
        <table className="govgr-table" data-testid="trend-table">
          <caption className="govgr-table__caption govgr-table__caption--s">
            {t('reports.trend.chartTitle')}
          </caption>
          <thead className="govgr-table__head">
            <tr className="govgr-table__row">
              <th scope="col" className="govgr-table__header">
                {t('reports.trend.month')}
              </th>
              {SERIES.map(({ key }) => (
                <th
                  key={key}
                  scope="col"
                  className="govgr-table__header govgr-table__header--numeric"
                >
                  {t(`reports.trend.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govgr-table__body">
            {trend.map((p) => (
              <tr key={p.month} className="govgr-table__row">
                <th scope="row" className="govgr-table__header">
                  {formatMonth(p.month, lang)}
                </th>
                {SERIES.map(({ key }) => (
                  <td key={key} className="govgr-table__cell govgr-table__cell--numeric">
                    {formatCount(p[key], lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
