import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/connection.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded.js';
import { migrateToLatest } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgRunId: string;
  }
}

/**
 * One PostgreSQL per test run: the embedded server by default, or the server at DATABASE_URL
 * (CI runs the suite a second time on Debian's PostgreSQL 15). A migrated template database is
 * made once; every test file clones its own database from it.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;

  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'koinotita-test-'));
    // The embedded server runs as the postgres user when we are root: it must reach the folder.
    await chmod(tempDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort() });
    adminUrl = embedded.adminUrl;
  }

  const template = `kt_template_${runId}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const db = createDb(withDatabase(adminUrl, template), { maxConnections: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }

  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgRunId', runId);

  return async () => {
    if (embedded) {
      await embedded.stop();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
      return;
    }
    // On a shared server, drop what this run created.
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`kt_%${runId}%`],
      );
      for (const { datname } of rows) {
        await client.query(
          `DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`,
        );
      }
    } finally {
      await client.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
