import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from './report-format.js';
import type { DrillItem } from './report-types.js';

/** Names link to the resident's file (outside this section, hence the absolute '~' path). */
export function DrillTable({ items }: { items: DrillItem[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="govgr-body">{t('reports.drill.empty')}</p>;
  return (
    <div className="kt-table-wrap">
      <table className="govgr-table govgr-table--stacked-s" data-testid="drill-table">
        <caption className="govgr-visually-hidden">{t('reports.drill.title')}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            <th scope="col" className="govgr-table__header">
              {t('reports.drill.name')}
            </th>
            <th scope="col" className="govgr-table__header">
              {t('reports.drill.servedOn')}
            </th>
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {items.map((item) => (
            <tr key={item.residentId} className="govgr-table__row">
              <td className="govgr-table__cell" data-label={t('reports.drill.name')}>
                <Link href={`~/staff/residents/${item.residentId}`} className="govgr-link">
                  {item.name}
                </Link>
              </td>
              <td className="govgr-table__cell" data-label={t('reports.drill.servedOn')}>
                {item.servedOn ? formatDay(item.servedOn.slice(0, 10), i18n.language) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
