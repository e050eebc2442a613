import type { Outcome } from './lib/report.js';

/**
 * `npm run bench -- reports`: a generated Center of 200,000 residents and 2,000,000 requests on
 * the embedded PostgreSQL; `year_report_ms` (the full yearly report with every indicator, budget
 * ≤ 1,000 ms) and `dashboard_p95_ms`. Owned by the reports module.
 */
export async function reports(): Promise<Outcome> {
  throw new Error('reports benchmark: not written yet');
}
