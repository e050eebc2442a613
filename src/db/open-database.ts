import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../server/config.js';
import { createDb, type Db } from './connection.js';
import { startEmbeddedPostgres } from './embedded.js';
import { acquireInstanceLock, AlreadyRunningError } from './instance-lock.js';
import { migrateToLatest } from './migrate.js';

export interface OpenDatabase {
  db: Db;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The database of a running Koinotita: the PostgreSQL server at DATABASE_URL, or the embedded
 * cluster under DATA_DIR (started here, one process per DATA_DIR). Migrations run before use.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  log: (message: string) => void = () => undefined,
): Promise<OpenDatabase> {
  if (config.databaseUrl) return openAt(config.databaseUrl, false, async () => undefined);
  const releaseLock = acquireInstanceLock(config.dataDir);
  try {
    const server = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log,
    });
    return await openAt(server.url, true, async () => {
      await server.stop();
      releaseLock();
    });
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * For command-line tools (migrate, audit:verify, demo): like openDatabase, but when the app is
 * already running on the embedded cluster they connect to it instead of starting a second one.
 */
export async function openDatabaseForTool(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  log: (message: string) => void = () => undefined,
): Promise<OpenDatabase> {
  try {
    return await openDatabase(config, log);
  } catch (error) {
    if (!(error instanceof AlreadyRunningError)) throw error;
    const passwordFile = path.join(config.dataDir, 'secrets', 'pg-password');
    if (!existsSync(passwordFile)) throw error;
    const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
    const url = `postgres://postgres:${password}@127.0.0.1:${config.embeddedPgPort}/koinotita`;
    return openAt(url, true, async () => undefined);
  }
}

async function openAt(
  url: string,
  embedded: boolean,
  stop: () => Promise<void>,
): Promise<OpenDatabase> {
  const db = createDb(url);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    await stop();
    throw error;
  }
  return {
    db,
    url,
    embedded,
    close: async () => {
      await db.destroy();
      await stop();
    },
  };
}
