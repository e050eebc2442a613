import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { verifyAuditChains } from './audit.service.js';

const run = promisify(execFile);
let database: TestDatabase;
let testApp: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'audit');
  const admin = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
  const client = new TestClient(testApp.app);
  await client.signIn(admin);
  for (const username of ['eleni', 'giorgos', 'kostas']) {
    await client.post('/api/staff', { username, displayName: username, role: 'reception' });
  }
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('audit log', () => {
  it('records who did what, and the chain verifies', async () => {
    const entries = await database.db
      .selectFrom('audit_log')
      .select(['seq', 'action', 'actor_role'])
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.action)).toEqual([
      'auth.password_verified',
      'auth.sign_in',
      'staff.create',
      'staff.create',
      'staff.create',
    ]);
    expect(entries.at(-1)?.actor_role).toBe('administrator');
    const report = await verifyAuditChains(database.db);
    expect(report.centers).toEqual([{ slug: 'audit', entries: 5, broken: null }]);
  });

  it('refuses updates and deletes at the database level', async () => {
    await expect(
      sql`UPDATE audit_log SET reason = 'x' WHERE seq = 1`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('detects a changed row, even by someone who can switch the guard off, and names it', async () => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(database.db);
    await sql`UPDATE audit_log SET actor_role = 'reception' WHERE seq = 3`.execute(database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(database.db);

    const report = await verifyAuditChains(database.db);
    expect(report.centers[0]?.broken).toEqual({ seq: 3, problem: 'hash_mismatch' });

    // The command an auditor runs says the same and fails.
    const result = await run('npx', ['tsx', 'src/modules/audit/verify-cli.ts'], {
      env: { ...process.env, DATABASE_URL: database.url },
    }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stdout).toContain('BROKEN  Center "audit": entry #3 (hash_mismatch)');
  });
});
