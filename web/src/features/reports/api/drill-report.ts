import { useApiQuery } from '../../../lib/use-api-query.js';
import { reportSearch, type ReportQuery } from '../report-query.js';
import type { DrillResult } from '../report-types.js';

export const DRILL_PAGE_SIZE = 50;

/** GET /api/reports/drill: one page of the residents behind a number (audited by the server). */
export function useDrill(query: ReportQuery, table: string, row: string, page: number) {
  const search = reportSearch(query, {
    table,
    row,
    page: String(page),
    pageSize: String(DRILL_PAGE_SIZE),
  });
  return useApiQuery<DrillResult>(`/api/reports/drill?${search}`);
}
