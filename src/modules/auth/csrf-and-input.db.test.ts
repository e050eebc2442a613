import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let admin: SeededStaff;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'csrf');
  admin = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const staffCount = async () =>
  (await database.db.selectFrom('staff').select('id').execute()).length;
const newUser = { username: 'maria.p', displayName: 'Μαρία Παπαδοπούλου', role: 'reception' };

describe('CSRF protection', () => {
  it('refuses sign-in without the token', async () => {
    const client = new TestClient(testApp.app, 'en');
    client.sendCsrf = false;
    await client.get('/api/auth/csrf');
    const response = await client.post('/api/auth/login', {
      username: admin.username,
      password: admin.password,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });

  it('refuses a signed-in change without the token or with a wrong one, and changes nothing', async () => {
    const client = new TestClient(testApp.app, 'en');
    expect((await client.signIn(admin)).json().stage).toBe('active');
    const before = await staffCount();

    client.sendCsrf = false;
    const missing = await client.post('/api/staff', newUser);
    const wrong = await client.request({
      method: 'POST',
      url: '/api/staff',
      payload: newUser,
      headers: { 'x-csrf-token': 'forged-token-value' },
    });
    for (const response of [missing, wrong]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf_failed');
    }
    expect(await staffCount()).toBe(before);

    client.sendCsrf = true;
    expect((await client.post('/api/staff', newUser)).statusCode).toBe(201);
    expect(await staffCount()).toBe(before + 1);
  });
});

describe('bad input', () => {
  it('names the offending field, in Greek or English, and changes nothing', async () => {
    const client = new TestClient(testApp.app, 'el');
    await client.signIn(admin);
    const before = await staffCount();

    const tooLong = await client.post('/api/staff', {
      ...newUser,
      username: 'x',
      displayName: 'Α'.repeat(201),
    });
    expect(tooLong.statusCode).toBe(400);
    const problem = tooLong.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'body.displayName',
          message: 'Το πεδίο «Ονοματεπώνυμο» δέχεται έως 200 χαρακτήρες.',
        },
        {
          field: 'body.username',
          message: 'Το πεδίο «Όνομα χρήστη» χρειάζεται τουλάχιστον 2 χαρακτήρες.',
        },
      ]),
    );

    const english = new TestClient(testApp.app, 'en');
    await english.signIn(admin);
    const unknown = await english.post('/api/staff', {
      ...newUser,
      username: 'nikos',
      isAdmin: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      field: 'body.isAdmin',
      detail: 'The field “isAdmin” is not recognised.',
    });

    const malformed = await english.request({
      method: 'POST',
      url: '/api/staff',
      payload: '{"username": "nikos",',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
    expect(await staffCount()).toBe(before);
  });

  it('answers unknown API paths with problem+json', async () => {
    const response = await new TestClient(testApp.app, 'en').get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', title: 'Not found' });
  });
});
