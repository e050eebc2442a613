import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createTestApp, TestClient, type TestApp } from '../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../test/helpers/fixtures.js';
import type { Role } from '../db/types.js';
import { rolePermissions, roles, type Permission } from '../modules/auth/permissions.js';
import { marousiCenter } from '../modules/centers/default-center.js';
import { registerAccessControl } from './plugins/access.js';

let database: TestDatabase;
let testApp: TestApp;
const accounts = new Map<Role, SeededStaff>();
let target: SeededStaff;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'roles');
  for (const role of roles)
    accounts.set(role, await seedStaff(database.db, testApp.keyRing, center, role));
  target = await seedStaff(database.db, testApp.keyRing, center, 'reception', {
    username: 'target',
  });
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const { slug: _slug, ...settings } = marousiCenter;

/** Every protected route with a valid request, and the permission it needs. */
const protectedRoutes: {
  method: string;
  url: () => string;
  body?: unknown;
  permission: Permission;
}[] = [
  { method: 'GET', url: () => '/api/center/settings', permission: 'center.settings.read' },
  {
    method: 'PUT',
    url: () => '/api/center/settings',
    body: settings,
    permission: 'center.settings.update',
  },
  { method: 'GET', url: () => '/api/staff', permission: 'staff.read' },
  {
    method: 'POST',
    url: () => '/api/staff',
    body: { username: `u${Date.now()}`, displayName: 'Νέος Χρήστης', role: 'reception' },
    permission: 'staff.manage',
  },
  {
    method: 'PATCH',
    url: () => `/api/staff/${target.staff.id}`,
    body: { displayName: 'Άλλο Όνομα' },
    permission: 'staff.manage',
  },
  {
    method: 'POST',
    url: () => `/api/staff/${target.staff.id}/password-reset`,
    permission: 'staff.manage',
  },
  {
    method: 'POST',
    url: () => `/api/staff/${target.staff.id}/totp-reset`,
    permission: 'staff.manage',
  },
  { method: 'GET', url: () => '/api/audit', permission: 'audit.read' },
];

describe('roles and permissions', () => {
  it.each(roles)(
    'gives %s exactly the routes its permissions allow, 403 on the rest',
    async (role) => {
      const client = new TestClient(testApp.app, 'en');
      expect((await client.signIn(accounts.get(role)!)).json().stage).toBe('active');
      for (const route of protectedRoutes) {
        const response = await client.request({
          method: route.method as 'GET',
          url: route.url(),
          payload: route.body as object,
        });
        const allowed = rolePermissions[role].includes(route.permission);
        expect({ route: `${route.method} ${route.url()}`, status: response.statusCode }).toEqual({
          route: `${route.method} ${route.url()}`,
          status: allowed ? expect.toSatisfy((s: number) => s >= 200 && s < 300) : 403,
        });
        if (!allowed) expect(response.json().code).toBe('forbidden');
      }
    },
  );

  it('refuses every protected route without a session', async () => {
    const client = new TestClient(testApp.app, 'en');
    for (const route of protectedRoutes) {
      const response = await client.request({
        method: route.method as 'GET',
        url: route.url(),
        payload: route.body as object,
      });
      expect(response.statusCode).toBe(401);
    }
  });

  it('will not register an API route that does not declare its access (deny by default)', () => {
    const app = Fastify();
    registerAccessControl(app, database.db, {} as never);
    expect(() => app.get('/api/undeclared', async () => 'open')).toThrow(
      /does not declare its access/,
    );
    // The same path with a declaration registers fine.
    expect(() =>
      app.get('/api/declared', { config: { access: 'public' } }, async () => 'open'),
    ).not.toThrow();
  });
});
