import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/connection.js';
import { enqueueJobs } from '../../../jobs/jobs.repository.js';
import { startJobWorker, type JobWorker } from '../../../jobs/worker.js';
import { rescreenHouseholds } from './rescreen.service.js';
import { RESCREEN_JOB, SCAN_JOB, scanForRescreening } from './outreach-scan.service.js';
import { defaultRulesEngine, type RulesEngine } from './rules-engine.js';

const SCAN_EVERY_MS = 5 * 60_000;

/** The job handlers of outreach, for the worker of this process (and for tests). */
export function outreachHandlers(db: Db, engineOverride?: RulesEngine) {
  const engine = () => (engineOverride ? Promise.resolve(engineOverride) : defaultRulesEngine());
  return {
    [SCAN_JOB]: async () => {
      await scanForRescreening(db, await engine());
    },
    [RESCREEN_JOB]: async (job: { centerId: string | null; payload: Record<string, unknown> }) => {
      const householdIds = job.payload.householdIds;
      if (!job.centerId || !Array.isArray(householdIds)) throw new Error('malformed payload');
      await rescreenHouseholds(db, await engine(), {
        centerId: job.centerId,
        householdIds: householdIds.map(String),
      });
    },
  };
}

/** Asks for a scan (at most one queued at a time); any process's worker may run it. */
export async function requestOutreachScan(db: Db): Promise<void> {
  await enqueueJobs(db, [{ kind: SCAN_JOB, dedupeKey: 'all', maxAttempts: 1 }]);
}

/**
 * Starts this process's job worker with the outreach handlers, asks for a scan now and every
 * five minutes, and stops with the HTTP server (before the database closes).
 */
export function startOutreachWorker(
  app: FastifyInstance,
  database: { db: Db; url: string },
  engine?: RulesEngine,
): JobWorker {
  const worker = startJobWorker({
    db: database.db,
    listenUrl: database.url,
    handlers: outreachHandlers(database.db, engine),
    log: app.log,
    // Two re-screening batches at once: one computes while the other's queries and writes run.
    concurrency: 2,
  });
  const ask = () => {
    requestOutreachScan(database.db).catch((error: unknown) =>
      app.log.warn({ err: { message: (error as Error).message } }, 'outreach scan not queued'),
    );
  };
  ask();
  const timer = setInterval(ask, SCAN_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await worker.stop();
  });
  return worker;
}
