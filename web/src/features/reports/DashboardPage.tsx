import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { usePeriodReport } from './api/period-report.js';
import { formatPeriod } from './report-format.js';
import { ReportFiltersForm } from './ReportFiltersForm.js';
import { ReportView } from './ReportView.js';
import { parseReportQuery, reportSearch, todayIn, type ReportQuery } from './report-query.js';

/**
 * The coordinators' dashboard. The view (period and filters) lives in the URL, so it can be
 * bookmarked and shared and Back returns to the previous one; applying a view moves focus to
 * its results once they arrive.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const today = todayIn();
  const query = useMemo(() => parseReportQuery(search, today), [search, today]);
  const report = usePeriodReport(query);
  const colleagues = useColleagues();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  // The period in the tab title tells bookmarked and historic views apart.
  const page = `${t('reports.title')}: ${formatPeriod(query.from, query.to, i18n.language)}`;
  useDocumentTitle(t('common.pageTitle', { page, site: t('common.staffAppName') }));

  const ready = report.data !== undefined && !report.loading;
  useEffect(() => {
    if (ready && focusPending.current) {
      focusPending.current = false;
      resultsHeading.current?.focus();
    }
  }, [ready, report.data]);

  function apply(next: ReportQuery) {
    const nextSearch = reportSearch(next);
    if (nextSearch === reportSearch(query)) {
      resultsHeading.current?.focus();
      return;
    }
    focusPending.current = true;
    navigate(`?${nextSearch}`);
  }

  const staff = colleagues.data?.items ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{t('reports.title')}</h1>
      <ReportFiltersForm
        key={search}
        query={query}
        currentYear={Number(today.slice(0, 4))}
        colleagues={staff}
        onApply={apply}
      />
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {report.loading ? <Loading /> : null}
      {ready && report.data ? (
        <ReportView
          report={report.data}
          query={query}
          colleagues={staff}
          headingRef={resultsHeading}
          canDrill={hasPermission(session, 'residents.read')}
          canExport={hasPermission(session, 'reports.export')}
        />
      ) : null}
    </>
  );
}
