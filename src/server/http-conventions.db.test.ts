import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.js';
import { seedCenter } from '../../test/helpers/fixtures.js';

let database: TestDatabase;
let testApp: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db, { LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  await seedCenter(database.db, 'http');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('HTTP conventions', () => {
  it('answers /health and /ready', async () => {
    const client = new TestClient(testApp.app);
    expect((await client.get('/health')).json()).toEqual({ status: 'ok' });
    expect((await client.get('/ready')).json()).toEqual({ status: 'ready' });
  });

  it('sends a strict Content-Security-Policy and the usual security headers', async () => {
    const response = await new TestClient(testApp.app).get('/api/public/center');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // A Center may serve plain HTTP on its intranet: no forced upgrade.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('publishes the OpenAPI document with every API route and its schemas', async () => {
    const document = (await new TestClient(testApp.app).get('/api/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/staff',
        '/api/staff/{id}',
        '/api/center/settings',
        '/api/audit',
      ]),
    );
    expect(document.paths['/api/staff'].post.requestBody).toBeDefined();
  });

  it('limits sign-in attempts per address, with a localized problem', async () => {
    const client = new TestClient(testApp.app, 'en');
    await client.get('/api/auth/csrf');
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await client.post('/api/auth/login', { username: 'x', password: 'y' })).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await client.post('/api/auth/login', { username: 'x', password: 'y' });
    expect(limited.json()).toMatchObject({ code: 'rate_limited', title: 'Too many requests' });
  });
});
