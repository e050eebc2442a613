import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  createTestApp,
  nextTotpCode,
  TestClient,
  type TestApp,
} from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db, {
    LOGIN_MAX_FAILURES: '3',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  center = await seedCenter(database.db, 'signin');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const auditActions = async (recordId: string) =>
  (
    await database.db
      .selectFrom('audit_log')
      .select(['action', 'reason', 'details'])
      .where('record_id', '=', recordId)
      .orderBy('seq')
      .execute()
  ).map((r) => ({ action: r.action, reason: r.reason, details: r.details }));

describe('staff sign-in', () => {
  it('signs an administrator in with password and then the authenticator code', async () => {
    const admin = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
    const client = new TestClient(testApp.app);
    await client.get('/api/auth/csrf');
    const login = await client.post('/api/auth/login', {
      username: admin.username,
      password: admin.password,
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ stage: 'totp', permissions: [] });
    // Until the second factor, nothing but the sign-in steps is open.
    expect((await client.get('/api/staff')).json().code).toBe('wrong_sign_in_step');

    const verified = await client.post('/api/auth/totp', {
      code: await nextTotpCode(admin.totpSecret!),
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().stage).toBe('active');
    expect(verified.json().permissions).toContain('staff.manage');
    expect((await client.get('/api/staff')).statusCode).toBe(200);

    const session = login.cookies.find((c) => c.name === 'kt_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('refuses a code that was already used', async () => {
    const admin = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
    const code = await nextTotpCode(admin.totpSecret!);
    const first = new TestClient(testApp.app);
    await first.get('/api/auth/csrf');
    await first.post('/api/auth/login', { username: admin.username, password: admin.password });
    expect((await first.post('/api/auth/totp', { code })).statusCode).toBe(200);

    const second = new TestClient(testApp.app, 'en');
    await second.get('/api/auth/csrf');
    await second.post('/api/auth/login', { username: admin.username, password: admin.password });
    const replay = await second.post('/api/auth/totp', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'invalid_totp', title: 'Wrong verification code' });
  });

  it('answers a wrong password and an unknown user alike, in the caller’s language, and audits both without the password', async () => {
    const worker = await seedStaff(database.db, testApp.keyRing, center, 'social_worker');
    const client = new TestClient(testApp.app, 'el');
    await client.get('/api/auth/csrf');
    const wrong = await client.post('/api/auth/login', {
      username: worker.username,
      password: 'not-the-password',
    });
    const unknown = await client.post('/api/auth/login', {
      username: 'nobody-here',
      password: 'whatever-it-is',
    });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'invalid_credentials',
        title: 'Λάθος στοιχεία σύνδεσης',
      });
    }
    expect(await auditActions(worker.staff.id)).toEqual([
      { action: 'auth.sign_in_failed', reason: 'wrong_password', details: { failures: 1 } },
    ]);
    const logged = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_log WHERE details::text LIKE '%not-the-password%'
        OR details::text LIKE '%whatever-it-is%'`.execute(database.db);
    expect(logged.rows[0]!.n).toBe('0');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const worker = await seedStaff(database.db, testApp.keyRing, center, 'reception');
    const client = new TestClient(testApp.app, 'en');
    await client.get('/api/auth/csrf');
    const attempts = [];
    for (let i = 0; i < 3; i++) {
      attempts.push(
        await client.post('/api/auth/login', { username: worker.username, password: `wrong-${i}` }),
      );
    }
    expect(attempts.map((r) => r.json().code)).toEqual([
      'invalid_credentials',
      'invalid_credentials',
      'account_locked',
    ]);
    const correct = await client.post('/api/auth/login', {
      username: worker.username,
      password: worker.password,
    });
    expect(correct.statusCode).toBe(423);
    expect(correct.json().detail).toMatch(/Try again in 15 minutes/);
    expect(correct.cookies.find((c) => c.name === 'kt_session')).toBeUndefined();

    // Once the lock has passed, the right password works again.
    await database.db
      .updateTable('staff')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', worker.staff.id)
      .execute();
    const after = await client.post('/api/auth/login', {
      username: worker.username,
      password: worker.password,
    });
    expect(after.json().stage).toBe('active');
  });

  it('ends a session that has been idle too long', async () => {
    const worker = await seedStaff(database.db, testApp.keyRing, center, 'psychologist');
    const client = new TestClient(testApp.app, 'en');
    expect((await client.signIn(worker)).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    await database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('staff_id', '=', worker.staff.id)
      .execute();
    const expired = await client.get('/api/auth/session');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('session_expired');
  });

  it('signs out: the session no longer works', async () => {
    const worker = await seedStaff(database.db, testApp.keyRing, center, 'coordinator');
    const client = new TestClient(testApp.app);
    await client.signIn(worker);
    const sessionCookie = client.cookies.get('kt_session')!;
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    client.cookies.set('kt_session', sessionCookie);
    expect((await client.get('/api/auth/session')).json().code).toBe('session_expired');
  });
});
