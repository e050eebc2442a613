import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './types.js';

export type Db = Kysely<Database>;

// A calendar date (birth date, holiday) is not an instant: keep PostgreSQL's `date` as the
// YYYY-MM-DD text it is, instead of a JavaScript Date at some time-zone's midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createDb(connectionString: string, options: { maxConnections?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // Every session works in UTC; the Center's zone is applied explicitly where days matter.
    options: '-c TimeZone=UTC',
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
