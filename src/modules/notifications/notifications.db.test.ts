import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import { notifyStaff } from './notifications.service.js';

let database: TestDatabase;
let testApp: TestApp;
let recipient: SeededStaff;
let other: SeededStaff;
let recipientClient: TestClient;
let otherClient: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'notices');
  recipient = await seedStaff(database.db, testApp.keyRing, center, 'coordinator');
  // Any signed-in role has an inbox, even one without any permission.
  other = await seedStaff(database.db, testApp.keyRing, center, 'partner');
  recipientClient = new TestClient(testApp.app, 'en');
  await recipientClient.signIn(recipient);
  otherClient = new TestClient(testApp.app, 'en');
  await otherClient.signIn(other);
  await database.db.transaction().execute((trx) =>
    notifyStaff(trx, center.id, [recipient.staff.id], {
      kind: 'counseling.break_glass',
      details: { sessionId: '3d6a4b0e-3c3e-4c1a-8f55-2f1d7b0c9a11' },
    }),
  );
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('notifications', () => {
  it('are listed to their recipient only, and marked read once', async () => {
    const inbox = (await recipientClient.get('/api/notifications')).json().items;
    expect(inbox).toEqual([
      {
        id: expect.any(String),
        kind: 'counseling.break_glass',
        createdAt: expect.any(String),
        readAt: null,
        details: { sessionId: '3d6a4b0e-3c3e-4c1a-8f55-2f1d7b0c9a11' },
      },
    ]);
    expect((await otherClient.get('/api/notifications')).json().items).toEqual([]);
    expect((await otherClient.post(`/api/notifications/${inbox[0].id}/read`)).statusCode).toBe(404);

    const first = await recipientClient.post(`/api/notifications/${inbox[0].id}/read`);
    expect(first.json().readAt).toEqual(expect.any(String));
    const again = await recipientClient.post(`/api/notifications/${inbox[0].id}/read`);
    expect(again.json().readAt).toBe(first.json().readAt);
  });

  it('need a signed-in session', async () => {
    const anonymous = new TestClient(testApp.app, 'en');
    expect((await anonymous.get('/api/notifications')).statusCode).toBe(401);
  });
});
