import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import {
  seedCenter,
  seedOrganization,
  seedStaff,
  type SeededStaff,
} from '../../../test/helpers/fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let admin: SeededStaff;
let client: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'staff');
  admin = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
  client = new TestClient(testApp.app, 'en');
  await client.signIn(admin);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function signInWith(username: string, password: string) {
  const person = new TestClient(testApp.app, 'en');
  await person.get('/api/auth/csrf');
  const response = await person.post('/api/auth/login', { username, password });
  return { person, response };
}

describe('staff accounts', () => {
  it('creates an account whose one-time password must be changed at first sign-in', async () => {
    const created = await client.post('/api/staff', {
      username: 'sofia.k',
      displayName: 'Σοφία Κωνσταντίνου',
      email: 'sofia@example.gr',
      role: 'social_worker',
    });
    expect(created.statusCode).toBe(201);
    const { staff, oneTimePassword } = created.json();
    expect(staff).toMatchObject({
      username: 'sofia.k',
      role: 'social_worker',
      mustChangePassword: true,
      status: 'active',
    });
    expect(JSON.stringify(created.json())).not.toContain('password_hash');

    const { person, response } = await signInWith('sofia.k', oneTimePassword);
    expect(response.json().stage).toBe('password_change');
    const changed = await person.post('/api/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: 'Η θάλασσα του Σαρωνικού 2026',
    });
    // The second factor is optional for social workers.
    expect(changed.json()).toMatchObject({
      stage: 'active',
      permissions: expect.arrayContaining(['cases.write']),
    });

    const duplicate = await client.post('/api/staff', {
      username: 'sofia.k',
      displayName: 'Άλλη',
      role: 'reception',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'username_taken', field: 'body.username' });
  });

  it('disabling an account signs that person out at once and keeps them out', async () => {
    const worker = await seedStaff(
      database.db,
      testApp.keyRing,
      await database.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow(),
      'reception',
    );
    const session = new TestClient(testApp.app, 'en');
    await session.signIn(worker);
    expect((await session.get('/api/auth/session')).statusCode).toBe(200);

    const disabled = await client.patch(`/api/staff/${worker.staff.id}`, { status: 'disabled' });
    expect(disabled.json().status).toBe('disabled');
    expect((await session.get('/api/auth/session')).statusCode).toBe(401);
    expect((await signInWith(worker.username, worker.password)).response.statusCode).toBe(401);

    await client.patch(`/api/staff/${worker.staff.id}`, { status: 'active' });
    expect((await signInWith(worker.username, worker.password)).response.json().stage).toBe(
      'active',
    );
  });

  it('resets a forgotten password with a new one-time password', async () => {
    const center = await database.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow();
    const worker = await seedStaff(database.db, testApp.keyRing, center, 'coordinator');
    const reset = await client.post(`/api/staff/${worker.staff.id}/password-reset`);
    const { oneTimePassword } = reset.json();
    expect((await signInWith(worker.username, worker.password)).response.statusCode).toBe(401);
    expect((await signInWith(worker.username, oneTimePassword)).response.json().stage).toBe(
      'password_change',
    );
  });

  it('resets a lost second factor: the next sign-in enrols a new one', async () => {
    const center = await database.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow();
    const other = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
    const reset = await client.post(`/api/staff/${other.staff.id}/totp-reset`);
    expect(reset.json().totpEnabled).toBe(false);
    expect((await signInWith(other.username, other.password)).response.json().stage).toBe(
      'totp_enroll',
    );
  });

  it('does not let administrators lock themselves out', async () => {
    const self = await client.patch(`/api/staff/${admin.staff.id}`, { role: 'reception' });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('cannot_disable_self');
    const row = await database.db
      .selectFrom('staff')
      .select('role')
      .where('id', '=', admin.staff.id)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('administrator');
  });
});

describe('colleagues', () => {
  it('lets any signed-in staff member pick an active colleague, without account details', async () => {
    const center = await database.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow();
    const psychologist = await seedStaff(database.db, testApp.keyRing, center, 'psychologist');
    const away = await seedStaff(database.db, testApp.keyRing, center, 'social_worker');
    await client.patch(`/api/staff/${away.staff.id}`, { status: 'disabled' });
    const session = new TestClient(testApp.app, 'en');
    await session.signIn(psychologist);
    expect((await session.get('/api/staff')).statusCode).toBe(403);
    const colleagues = (await session.get('/api/staff/colleagues')).json().items;
    expect(colleagues).toContainEqual({
      id: admin.staff.id,
      displayName: admin.staff.display_name,
      role: 'administrator',
    });
    expect(colleagues.map((c: { id: string }) => c.id)).not.toContain(away.staff.id);
    expect(Object.keys(colleagues[0]).sort()).toEqual(['displayName', 'id', 'role']);
  });

  it('refuses partner accounts: the staff list of the Center is not theirs', async () => {
    const center = await database.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow();
    const organizationId = await seedOrganization(database.db, center.id, { name: 'ΚΕΠΑ' });
    const partnerAccount = await seedStaff(database.db, testApp.keyRing, center, 'partner', {
      partnerOrganizationId: organizationId,
    });
    const partner = new TestClient(testApp.app, 'en');
    expect((await partner.signIn(partnerAccount)).statusCode).toBe(200);
    const refused = await partner.get('/api/staff/colleagues');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });
    expect(refused.body).not.toContain(admin.staff.display_name);
  });
});

describe('partner accounts whose organization is no longer visible', () => {
  it('can still be disabled and renamed, but not moved to an organization the Center cannot use', async () => {
    const center = await database.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow();
    const other = await seedCenter(database.db, 'staff-other');
    const sharedOrganization = await seedOrganization(database.db, other.id, {
      name: 'Κοινός φορέας',
      shared: true,
    });
    const partnerAccount = await seedStaff(database.db, testApp.keyRing, center, 'partner', {
      partnerOrganizationId: sharedOrganization,
    });
    // The other Center stops sharing it.
    await database.db
      .updateTable('directory_organizations')
      .set({ shared: false })
      .where('id', '=', sharedOrganization)
      .execute();

    const disabled = await client.patch(`/api/staff/${partnerAccount.staff.id}`, {
      status: 'disabled',
      displayName: 'Πρώην συνεργάτης',
    });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ status: 'disabled', displayName: 'Πρώην συνεργάτης' });

    const hidden = await seedOrganization(database.db, other.id, { name: 'Ιδιωτικός φορέας' });
    const moved = await client.patch(`/api/staff/${partnerAccount.staff.id}`, {
      partnerOrganizationId: hidden,
    });
    expect(moved.json()).toMatchObject({ code: 'directory_entry_unavailable' });
    const row = await database.db
      .selectFrom('staff')
      .select(['status', 'partner_organization_id'])
      .where('id', '=', partnerAccount.staff.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'disabled', partner_organization_id: sharedOrganization });
  });
});
