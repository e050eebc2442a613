import { useApiQuery } from '../../../lib/use-api-query.js';
import { reportSearch, type ReportQuery } from '../report-query.js';
import type { PeriodReport } from '../report-types.js';

/** GET /api/reports/period: every table and indicator of one period, with the view's filters. */
export function usePeriodReport(query: ReportQuery) {
  return useApiQuery<PeriodReport>(`/api/reports/period?${reportSearch(query)}`);
}
