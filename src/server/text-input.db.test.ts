import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../test/helpers/fixtures.js';
import { findNulCharacter } from './plugins/text-input.js';

let database: TestDatabase;
let testApp: TestApp;
let reception: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'text-input');
  const staff = await seedStaff(database.db, testApp.keyRing, center, 'reception');
  reception = new TestClient(testApp.app, 'en');
  expect((await reception.signIn(staff)).statusCode).toBe(200);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('text with a NUL character (PostgreSQL refuses it in text)', () => {
  it('is refused before any write with a localized error naming the field', async () => {
    const response = await reception.post('/api/residents', {
      surname: 'Παπα\u0000δοπούλου',
      givenName: 'Ελένη',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'body.surname' });
    expect(response.json().detail).toBe('The field “Surname” is not valid.');
    const count = await database.db
      .selectFrom('residents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('is found at any depth of the input, and plain text passes', () => {
    expect(findNulCharacter({ a: [{ b: 'x' }, { c: 'y\u0000' }] }, 'body')).toBe('body.a.1.c');
    expect(findNulCharacter({ a: ['Ελένη', 3, null, { b: true }] }, 'body')).toBeNull();
    expect(findNulCharacter('q\u0000', 'querystring')).toBe('querystring');
  });
});
