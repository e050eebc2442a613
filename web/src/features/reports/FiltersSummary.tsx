import { useTranslation } from 'react-i18next';
import type { Colleague } from '../staff/api/list-colleagues.js';
import { formatPeriod } from './report-format.js';
import type { ReportQuery } from './report-query.js';

/** The view in words (period and filters), as a summary list. */
export function FiltersSummary({
  query,
  colleagues,
}: {
  query: ReportQuery;
  colleagues: Colleague[];
}) {
  const { t, i18n } = useTranslation();
  const staffName = colleagues.find((c) => c.id === query.staffId)?.displayName ?? '—';
  const rows: [string, string][] = [
    [t('reports.filters.period'), formatPeriod(query.from, query.to, i18n.language)],
    [
      t('reports.filters.axis'),
      query.axis ? t(`vocab.axis.${query.axis}`) : t('reports.filters.anyAxis'),
    ],
    [
      t('reports.filters.channel'),
      query.channel ? t(`vocab.channel.${query.channel}`) : t('reports.filters.anyChannel'),
    ],
    [t('reports.filters.staff'), query.staffId ? staffName : t('reports.filters.anyStaff')],
  ];
  return (
    <dl className="govgr-summary-list kt-report-summary">
      {rows.map(([key, value]) => (
        <div key={key} className="govgr-summary-list__row">
          <dt className="govgr-summary-list__key">{key}</dt>
          <dd className="govgr-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
