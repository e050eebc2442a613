import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { seedCenter } from '../../../../test/helpers/fixtures.js';

let database: TestDatabase;
let testApp: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db, { PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '2' });
  await seedCenter(database.db, 'limits');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('public booking writes', () => {
  it('are limited per address, with a localized problem, before anything is looked at', async () => {
    const client = new TestClient(testApp.app, 'en');
    await client.get('/api/auth/csrf');
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await client.post('/api/public/waitlist', { typeId: 'not-a-uuid' })).statusCode,
      );
    }
    expect(statuses).toEqual([400, 400, 429]);
    const limited = await client.post('/api/public/waitlist', { typeId: 'not-a-uuid' });
    expect(limited.json()).toMatchObject({ code: 'rate_limited', title: 'Too many requests' });
  });
});
