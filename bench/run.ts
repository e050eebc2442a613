import { appointmentsBooking } from './appointments-booking.js';
import { appointments } from './appointments.js';
import { cooperation } from './cooperation.js';
import { login } from './login.js';
import { readRps } from './read-rps.js';
import { reports } from './reports.js';
import { rescreen } from './rescreen.js';
import { report, type Outcome } from './lib/report.js';
import { buildServer } from './lib/server.js';
import { rssIdle } from './rss-idle.js';
import { screenBench } from './screen.js';
import { search } from './search.js';
import { startup } from './startup.js';

/**
 * `npm run bench -- <name>`: runs the real server as a child process (embedded PostgreSQL, or a
 * fresh database on DATABASE_URL), prints `BENCH <metric> <value> <unit>` and appends the results
 * to bench/results/<name>.jsonl. See docs/decisions/0003-benchmarks.md.
 */
const benchmarks: Record<string, () => Promise<Outcome>> = {
  startup,
  rss_idle: rssIdle,
  appointments,
  appointments_booking: appointmentsBooking,
  login,
  read_rps: readRps,
  search,
  rescreen,
  screen: screenBench,
  cooperation,
  reports,
};

async function main(): Promise<number> {
  const requested = (process.argv[2] ?? '').replace(/-/g, '_');
  const names = requested === 'all' ? Object.keys(benchmarks) : [requested];
  if (!names.every((name) => name in benchmarks)) {
    console.error(`Usage: npm run bench -- <${[...Object.keys(benchmarks), 'all'].join('|')}>`);
    return 2;
  }
  console.error('Building the server (tsc -p tsconfig.build.json)...');
  await buildServer();
  for (const name of names) {
    const run = benchmarks[name];
    if (!run) continue;
    console.error(`Running ${name}...`);
    const outcome = await run();
    await report(name, outcome.database, outcome.measurements);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
