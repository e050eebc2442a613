import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { REQUESTS, RESIDENTS, seedReportsCenter } from './generate/reports-seed.js';
import { createAccount, signIn } from './lib/accounts.js';
import { median, percentile, round, type Outcome } from './lib/report.js';
import { createTarget, startServer } from './lib/server.js';

const YEAR_WARM_UP = 3;
const YEAR_RUNS = 20;
const DASHBOARD_WARM_UP = 10;
const DASHBOARD_RUNS = 120;

/**
 * `npm run bench -- reports`: a generated Center of 200,000 residents and 2,000,000 requests on
 * the embedded PostgreSQL; `year_report_ms` (the full yearly report with every indicator, budget
 * ≤ 1,000 ms: median of sequential GET /api/reports/period for the last full year) and
 * `dashboard_p95_ms` (a month's report with the dashboard's filters). Owned by the reports module.
 */
export async function reports(): Promise<Outcome> {
  const target = await createTarget();
  try {
    const server = await startServer(target);
    try {
      const client = new pg.Client({ connectionString: server.dbUrl });
      await client.connect();
      try {
        const center = await client.query<{ id: string }>(
          'SELECT id FROM centers ORDER BY created_at LIMIT 1',
        );
        const centerId = center.rows[0]?.id;
        if (!centerId) throw new Error('No Center: did the first run happen?');
        const started = performance.now();
        console.error('Seeding the reports Center:');
        await seedReportsCenter(client, centerId);
        console.error(`Seeded in ${round((performance.now() - started) / 1000)} s`);
      } finally {
        await client.end();
      }
      const session = await signIn(server.url, await createAccount(server.dbUrl, 'coordinator'));
      const get = (path: string) => timedGet(`${server.url}${path}`, session.cookie);

      const lastYear = new Date().getUTCFullYear() - 1;
      const yearPath = `/api/reports/period?from=${lastYear}-01-01&to=${lastYear}-12-31`;
      const first = await get(yearPath);
      console.error(`Year ${lastYear}: ${JSON.stringify(first.body.headline)}`);
      const year = await sample(() => get(yearPath), YEAR_WARM_UP, YEAR_RUNS);

      const month = lastFullMonth();
      const staffId = await someStaffId(server.dbUrl);
      const dashboardPaths = [
        '',
        '&axis=benefits',
        '&channel=phone',
        `&staffId=${staffId}`,
        '&axis=counseling&channel=in_person',
      ].map((filters) => `/api/reports/period?from=${month.from}&to=${month.to}${filters}`);
      let call = 0;
      const dashboard = await sample(
        () => get(dashboardPaths[call++ % dashboardPaths.length] ?? ''),
        DASHBOARD_WARM_UP,
        DASHBOARD_RUNS,
      );
      const scale = `${RESIDENTS} residents, ${REQUESTS} requests over 5 years`;
      return {
        database: target.database,
        measurements: [
          {
            metric: 'year_report_ms',
            value: round(median(year)),
            unit: 'ms',
            notes: `${scale}; GET /api/reports/period for ${lastYear} (every table and ESF+ indicator), median of ${YEAR_RUNS} sequential after ${YEAR_WARM_UP} warm-up; p95 ${round(percentile(year, 95))} ms; served ${first.body.headline.servedUnique}`,
          },
          {
            metric: 'dashboard_p95_ms',
            value: round(percentile(dashboard, 95)),
            unit: 'ms',
            notes: `${scale}; GET /api/reports/period for ${month.from}..${month.to} rotating 5 filter sets (none, axis, channel, staff, axis+channel), ${DASHBOARD_RUNS} sequential after ${DASHBOARD_WARM_UP} warm-up; median ${round(median(dashboard))} ms`,
          },
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}

interface Headline {
  headline: { servedUnique: number };
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; body: Headline }> {
  const t0 = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = (await response.json()) as Headline;
  const ms = performance.now() - t0;
  if (response.status !== 200)
    throw new Error(`GET ${url}: ${response.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

async function sample(
  run: () => Promise<{ ms: number }>,
  warmUp: number,
  runs: number,
): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < warmUp + runs; i += 1) {
    const { ms } = await run();
    if (i >= warmUp) durations.push(ms);
  }
  return durations;
}

function lastFullMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

async function someStaffId(dbUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const row = await client.query<{ id: string }>(
      "SELECT id FROM staff WHERE username = 'reportstaff1'",
    );
    return row.rows[0]?.id ?? '';
  } finally {
    await client.end();
  }
}
