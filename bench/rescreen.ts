import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generateHouseholds } from './generate/households.js';
import type { GeneratedHousehold } from './generate/types.js';
import { round, type Outcome } from './lib/report.js';
import { createTarget, sleep, startServer } from './lib/server.js';

/** 100,000 by default (the budget's figure); BENCH_HOUSEHOLDS runs a smaller trial. */
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const SEED = 2026;
const BATCH = 500;
const TAX_YEAR = 2025;

async function insertRows(pool: pg.Pool, table: string, columns: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const slice = rows.slice(i, i + BATCH);
    const params: unknown[] = [];
    const tuples = slice.map(
      (row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(',')})`,
    );
    await pool.query(
      `INSERT INTO ${table} (${columns.join(',')}) VALUES ${tuples.join(',')}`,
      params,
    );
  }
}

/** Households, registered members, finances and incomes, straight into PostgreSQL. */
async function load(pool: pg.Pool, centerId: string, households: GeneratedHousehold[]) {
  const ids = (
    await pool.query<{ id: string }>(
      `INSERT INTO households (center_id) SELECT $1 FROM generate_series(1, $2) RETURNING id`,
      [centerId, households.length],
    )
  ).rows.map((r) => r.id);
  const residents: unknown[][] = [];
  const members: unknown[][] = [];
  const finances: unknown[][] = [];
  const incomes: unknown[][] = [];
  households.forEach((h, index) => {
    const householdId = ids[index];
    finances.push([
      centerId,
      householdId,
      TAX_YEAR,
      h.assets.realEstateValue,
      h.assets.deposits,
      h.assets.vehiclesValue,
      h.yearlyRentPaid,
    ]);
    h.members.forEach((p) => {
      const residentId = crypto.randomUUID();
      const memberId = crypto.randomUUID();
      residents.push([
        centerId,
        residentId,
        p.surname,
        p.givenName,
        p.birthDate,
        p.gender,
        p.mobilePhone,
        p.employmentStatus,
        p.disabilityPercent,
      ]);
      const relationship = {
        head: 'reference',
        spouse: 'spouse',
        child: 'child',
        parent: 'parent',
      }[p.role];
      members.push([centerId, memberId, householdId, residentId, relationship, '2020-01-01']);
      const byType = new Map<string, number>();
      for (const income of p.incomes)
        byType.set(income.type, (byType.get(income.type) ?? 0) + income.amount);
      for (const [type, amount] of byType)
        incomes.push([centerId, householdId, TAX_YEAR, memberId, type, round(amount, 2)]);
    });
  });
  await insertRows(
    pool,
    'residents',
    [
      'center_id',
      'id',
      'surname',
      'given_name',
      'birth_date',
      'gender',
      'mobile_phone',
      'employment_status',
      'disability_percent',
    ],
    residents,
  );
  await insertRows(
    pool,
    'household_members',
    ['center_id', 'id', 'household_id', 'resident_id', 'relationship', 'start_date'],
    members,
  );
  await insertRows(
    pool,
    'household_finances',
    [
      'center_id',
      'household_id',
      'tax_year',
      'real_estate_value',
      'deposits',
      'vehicles_value',
      'rent_paid',
    ],
    finances,
  );
  await insertRows(
    pool,
    'household_incomes',
    ['center_id', 'household_id', 'tax_year', 'member_id', 'type', 'amount'],
    incomes,
  );
  await pool.query('ANALYZE');
}

/**
 * Re-screening 100,000 households (budget ≤ 20 s, DESIGN.md §5) through the server's own outreach
 * worker: after loading, one scan is queued and the clock stops when no re-screening job is left.
 */
export async function rescreen(): Promise<Outcome> {
  const target = await createTarget();
  try {
    const server = await startServer(target);
    const pool = new pg.Pool({ connectionString: server.dbUrl, max: 4 });
    try {
      const centerId = (await pool.query<{ id: string }>('SELECT id FROM centers LIMIT 1')).rows[0]
        ?.id;
      if (!centerId) throw new Error('No Center: did the first run happen?');
      const loadStarted = performance.now();
      await load(pool, centerId, generateHouseholds(HOUSEHOLDS, SEED));
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      console.error(`Loaded ${HOUSEHOLDS} households in ${round(loadSeconds)} s`);
      // Wait for the start-up scan to finish so the measured run starts from a quiet queue.
      while ((await pool.query(`SELECT 1 FROM jobs WHERE status IN ('queued','running')`)).rowCount)
        await sleep(100);

      const started = performance.now();
      await pool.query(
        `INSERT INTO jobs (kind, dedupe_key) VALUES ('outreach.scan', 'all') ON CONFLICT DO NOTHING; NOTIFY koinotita_jobs`,
      );
      for (;;) {
        const open = await pool.query(
          `SELECT 1 FROM jobs WHERE status IN ('queued','running') LIMIT 1`,
        );
        if (!open.rowCount) break;
        await sleep(50);
      }
      const seconds = (performance.now() - started) / 1000;
      const failed = await pool.query(
        `SELECT last_error FROM jobs WHERE status = 'failed' LIMIT 1`,
      );
      if (failed.rowCount)
        throw new Error(`a re-screening job failed: ${failed.rows[0].last_error}`);
      const screened = await pool.query<{ n: string }>(
        'SELECT count(DISTINCT household_id) AS n FROM household_eligibility',
      );
      const notes = `${HOUSEHOLDS} generated households, ${screened.rows[0]?.n} screened by the server's worker`;
      return {
        database: target.database,
        measurements: [
          { metric: 'rescreen_100k_s', value: round(seconds), unit: 's', notes },
          { metric: 'rescreen_load_s', value: round(loadSeconds), unit: 's', notes },
        ],
      };
    } finally {
      await pool.end();
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}
