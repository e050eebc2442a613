import type { Db } from '../../db/connection.js';
import type { Config } from '../../server/config.js';
import { createFileStorage } from '../documents/storage.js';
import { runRetentionExclusively } from './retention.service.js';

const FIRST_RUN_DELAY_MS = 60_000;
const DAY_MS = 24 * 60 * 60_000;

interface Log {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/**
 * Runs retention a minute after start, then every 24 hours. Any number of processes may call
 * this: an advisory lock lets one of them run at a time. Timers do not keep the process alive.
 */
export function startRetentionScheduler(
  db: Db,
  config: Pick<Config, 'dataDir' | 'retentionYears'>,
  log: Log,
): () => void {
  const storage = createFileStorage(config.dataDir);
  const run = () => {
    runRetentionExclusively(db, { now: new Date(), retentionYears: config.retentionYears, storage })
      .then((result) => {
        if (result) log.info({ ...result }, 'retention run');
      })
      .catch((error: unknown) =>
        log.warn({ err: { message: (error as Error).message } }, 'retention run failed'),
      );
  };
  const first = setTimeout(run, FIRST_RUN_DELAY_MS);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
