import { performance } from 'node:perf_hooks';
import { openDatabaseForTool } from '../src/db/open-database.js';
import { roles } from '../src/modules/auth/permissions.js';
import { ensureFirstRun } from '../src/modules/centers/first-run.js';
import { loadConfig } from '../src/server/config.js';
import { loadKeyRing } from '../src/server/keys.js';
import { loadDemo } from './demo/load-demo.js';

/**
 * `npm run demo`: a Center to try Koinotita with — staff of every role (passwords printed once),
 * a few hundred residents with Greek names from the deterministic generator and about 14 months
 * of their history (see scripts/demo/load-demo.ts). Only into a fresh database, so it can never
 * mix invented people into a Center's real files. Works with the server stopped (it starts the
 * embedded PostgreSQL itself) or running (it connects to the running one).
 */
const config = loadConfig();
const started = performance.now();
const database = await openDatabaseForTool(config, (message) => console.log(message));
try {
  const firstRun = await ensureFirstRun(database.db);
  if (firstRun) {
    console.log(
      `Administrator "${firstRun.username}", one-time password: ${firstRun.oneTimePassword}`,
    );
  }
  const result = await loadDemo(database.db, {
    keyRing: loadKeyRing(config),
    origin: config.publicUrl ?? `http://localhost:${config.port}`,
    reminderHoursBefore: config.reminderHoursBefore,
    log: (message) => console.log(message),
  });
  if (!result.loaded) {
    console.error(result.reason);
    process.exitCode = 1;
  } else {
    const c = result.counts;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nDemo data loaded into "${result.centerSlug}" in ${seconds} s: ${c.residents} residents in ${c.households} households;` +
        ` ${c.requests} requests, ${c.appointments} appointments, ${c.cases} cases, ${c.applications} applications,` +
        ` ${c.counselingSessions} counseling sessions over ~14 months; ${c.referrals} referrals;` +
        ` ${c.events} events with ${c.eventRegistrations} registrations (${c.eventAttended} attended);` +
        ` ${c.directoryOrganizations} directory organizations.`,
    );
    console.log('Staff accounts (passwords shown only now; every role is represented):\n');
    for (const role of roles) {
      for (const account of result.accounts.filter((a) => a.role === role)) {
        console.log(`  ${role.padEnd(14)} ${account.username.padEnd(14)} ${account.password}`);
      }
    }
    console.log(
      `\n  (the partner account answers referrals sent to "${result.partnerOrganization}")`,
    );
    console.log('  administrator  admin          (the password printed at the first start)\n');
  }
} finally {
  await database.close();
}
