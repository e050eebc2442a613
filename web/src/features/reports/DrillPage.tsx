import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Forbidden, LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Pagination } from '../../components/Pagination.js';
import { localized } from '../../lib/types.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { DRILL_PAGE_SIZE, useDrill } from './api/drill-report.js';
import { usePeriodReport } from './api/period-report.js';
import { DrillTable } from './DrillTable.js';
import { FiltersSummary } from './FiltersSummary.js';
import { formatValue } from './report-format.js';
import { parseReportQuery, reportSearch, todayIn } from './report-query.js';

/** The residents behind one number of the report; names need `residents.read` as well. */
export function DrillPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const title = t('reports.drill.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  if (!hasPermission(session, 'residents.read')) {
    return (
      <>
        <h1 className="govgr-heading-xl">{title}</h1>
        <Forbidden />
      </>
    );
  }
  return <DrillList title={title} />;
}

function DrillList({ title }: { title: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const table = params.get('table') ?? '';
  const row = params.get('row') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const query = useMemo(() => parseReportQuery(search, todayIn()), [search]);
  const drill = useDrill(query, table, row, page);
  // The report names the table and row in the reader's language and gives the number itself.
  const report = usePeriodReport(query);
  const colleagues = useColleagues();
  const reportTable = report.data?.tables.find((x) => x.id === table);
  const reportRow = [...(reportTable?.rows ?? []), reportTable?.total].find((r) => r?.key === row);
  const column = reportTable?.columns[0];

  return (
    <>
      <Link className="govgr-back-link" href={`?${reportSearch(query)}`}>
        {t('reports.drill.back')}
      </Link>
      <h1 className="govgr-heading-xl">{title}</h1>
      {report.data || report.error ? (
        <dl className="govgr-summary-list kt-report-summary" data-testid="drill-context">
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('reports.drill.table')}</dt>
            <dd className="govgr-summary-list__value">
              {reportTable ? localized(reportTable.title, lang) : table}
            </dd>
          </div>
          <div className="govgr-summary-list__row">
            <dt className="govgr-summary-list__key">{t('reports.drill.row')}</dt>
            <dd className="govgr-summary-list__value">
              {reportRow ? localized(reportRow.label, lang) : row}
            </dd>
          </div>
          {reportRow && column ? (
            <div className="govgr-summary-list__row">
              <dt className="govgr-summary-list__key">{localized(column.label, lang)}</dt>
              <dd className="govgr-summary-list__value">
                {formatValue(reportRow.values[column.key] ?? null, column.kind, lang)}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <FiltersSummary query={query} colleagues={colleagues.data?.items ?? []} />
      <p className="govgr-body">{t('reports.drill.explain')}</p>
      {drill.error ? <LoadError error={drill.error} onRetry={drill.reload} /> : null}
      {drill.loading ? <Loading /> : null}
      {drill.data && !drill.loading ? (
        <>
          <p className="govgr-body" data-testid="drill-total">
            {t('reports.drill.total', { count: drill.data.total })}
          </p>
          <DrillTable items={drill.data.items} />
          <Pagination
            page={page}
            pageSize={DRILL_PAGE_SIZE}
            total={drill.data.total}
            onPage={(p) =>
              navigate(`/drill?${reportSearch(query, { table, row, page: String(p) })}`)
            }
          />
        </>
      ) : null}
    </>
  );
}
