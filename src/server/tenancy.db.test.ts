import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../test/helpers/fixtures.js';
import type { CenterRow } from '../modules/centers/centers.repository.js';
import { marousiCenter } from '../modules/centers/default-center.js';

let database: TestDatabase;
let testApp: TestApp;
let centerA: CenterRow;
let centerB: CenterRow;
let adminA: SeededStaff;
let adminB: SeededStaff;
let workerB: SeededStaff;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  centerA = await seedCenter(database.db, 'center-a');
  centerB = await seedCenter(database.db, 'center-b');
  adminA = await seedStaff(database.db, testApp.keyRing, centerA, 'administrator');
  adminB = await seedStaff(database.db, testApp.keyRing, centerB, 'administrator');
  workerB = await seedStaff(database.db, testApp.keyRing, centerB, 'social_worker');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('tenant isolation', () => {
  it('shows staff of Center A only their own Center’s staff, settings and audit log', async () => {
    await new TestClient(testApp.app).signIn(workerB, 'center-b');
    const client = new TestClient(testApp.app);
    await client.signIn(adminA, 'center-a');
    const staff = (await client.get('/api/staff')).json().items.map((s: { id: string }) => s.id);
    expect(staff).toContain(adminA.staff.id);
    expect(staff).not.toContain(adminB.staff.id);
    expect(staff).not.toContain(workerB.staff.id);
    expect((await client.get('/api/center/settings')).json().slug).toBe('center-a');
    const audit = (await client.get('/api/audit')).json().items;
    expect(audit.length).toBeGreaterThan(0);
    const auditB = await database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('center_id', '=', centerB.id)
      .execute();
    expect(auditB.length).toBeGreaterThan(0);
    expect(
      await database.db
        .selectFrom('audit_log')
        .select('seq')
        .where('center_id', '=', centerA.id)
        .execute(),
    ).toHaveLength(audit.length);
  });

  it('does not let Center A change Center B’s staff or settings', async () => {
    const client = new TestClient(testApp.app, 'en');
    await client.signIn(adminA, 'center-a');
    const rename = await client.patch(`/api/staff/${workerB.staff.id}`, {
      displayName: 'Hijacked',
      role: 'administrator',
    });
    const reset = await client.post(`/api/staff/${workerB.staff.id}/password-reset`);
    const totp = await client.post(`/api/staff/${adminB.staff.id}/totp-reset`);
    for (const response of [rename, reset, totp]) expect(response.statusCode).toBe(404);

    const { slug: _slug, ...settings } = marousiCenter;
    await client.put('/api/center/settings', { ...settings, name: { el: 'Άλλο', en: 'Other' } });

    const b = await database.db
      .selectFrom('staff')
      .selectAll()
      .where('id', '=', workerB.staff.id)
      .executeTakeFirstOrThrow();
    expect(b).toMatchObject({ display_name: workerB.staff.display_name, role: 'social_worker' });
    expect(b.password_hash).toBe(workerB.staff.password_hash);
    const centerBNow = await database.db
      .selectFrom('centers')
      .selectAll()
      .where('id', '=', centerB.id)
      .executeTakeFirstOrThrow();
    expect(centerBNow.name_el).toBe('Κέντρο center-b');
    const centerANow = await database.db
      .selectFrom('centers')
      .selectAll()
      .where('id', '=', centerA.id)
      .executeTakeFirstOrThrow();
    expect(centerANow.name_el).toBe('Άλλο');
  });

  it('does not accept a session token presented under another Center’s id', async () => {
    const client = new TestClient(testApp.app);
    await client.signIn(adminA, 'center-a');
    const [, token] = client.cookies.get('kt_session')!.split('.');
    client.cookies.set('kt_session', `${centerB.id}.${token}`);
    expect((await client.get('/api/staff')).statusCode).toBe(401);
  });

  it('does not sign a user in at another Center', async () => {
    const client = new TestClient(testApp.app);
    const attempt = await client.signIn(workerB, 'center-a');
    expect(attempt.statusCode).toBe(401);
  });
});
