import { openDatabase } from '../db/open-database.js';
import { deleteExpiredSessions } from '../modules/auth/sessions.repository.js';
import { ensureFirstRun, type FirstRunResult } from '../modules/centers/first-run.js';
import { startRetentionScheduler } from '../modules/gdpr/retention-scheduler.js';
import { startOutreachWorker } from '../modules/benefits/screening/outreach.worker.js';
import { startMessagingWorker } from '../modules/messaging/messaging.worker.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { loadKeyRing } from './keys.js';

/**
 * Start-up: configuration, database (embedded or DATABASE_URL, migrated), first-run setup, HTTP.
 * SIGINT/SIGTERM stop accepting requests, let running ones finish, then close the database.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const keyRing = loadKeyRing(config);
  const database = await openDatabase(config, (message) => console.log(message));
  const app = await buildApp({ config, db: database.db, keyRing });
  const firstRun = await ensureFirstRun(database.db);

  const sweep = setInterval(() => {
    const now = new Date();
    const idleBefore = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
    deleteExpiredSessions(database.db, idleBefore, now).catch((error: unknown) =>
      app.log.warn({ err: { message: (error as Error).message } }, 'session sweep failed'),
    );
  }, 10 * 60_000);
  sweep.unref();
  startRetentionScheduler(database.db, config, app.log);
  startOutreachWorker(app, database);
  startMessagingWorker(app, database, config, keyRing);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(sweep);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  printWelcome(`http://${shownHost}:${port}`, database.embedded ? config.dataDir : null, firstRun);
}

function printWelcome(
  url: string,
  embeddedDir: string | null,
  firstRun: FirstRunResult | null,
): void {
  const lines = [
    `Koinotita is running at ${url}`,
    `  Public portal: ${url}/   Staff sign-in: ${url}/staff/sign-in   API: ${url}/api-docs`,
    embeddedDir
      ? `  Database: embedded PostgreSQL under ${embeddedDir}`
      : '  Database: DATABASE_URL',
  ];
  if (firstRun) {
    lines.push(
      '',
      '  First run: the Center and its administrator were created.',
      `  Sign in at ${url}/staff/sign-in as "${firstRun.username}" with this one-time password:`,
      '',
      `      ${firstRun.oneTimePassword}`,
      '',
      '  It is shown only now. You will choose your own password and set up the',
      '  authenticator app (second factor) at the first sign-in.',
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nKoinotita could not start: ${message}\n`);
  process.exit(1);
});
