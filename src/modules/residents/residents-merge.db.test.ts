import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { makeAmka } from '../../lib/identifiers.js';

let database: TestDatabase;
let testApp: TestApp;
let coordinator: TestClient;
let reception: TestClient;
let otherCenter: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'merge');
  const other = await seedCenter(database.db, 'merge-other');
  coordinator = new TestClient(testApp.app, 'en');
  await coordinator.signIn(await seedStaff(database.db, testApp.keyRing, center, 'coordinator'));
  reception = new TestClient(testApp.app, 'en');
  await reception.signIn(await seedStaff(database.db, testApp.keyRing, center, 'reception'));
  otherCenter = new TestClient(testApp.app, 'en');
  await otherCenter.signIn(
    await seedStaff(database.db, testApp.keyRing, other, 'coordinator'),
    'merge-other',
  );
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function register(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const created = await client.post('/api/residents', { ...body, confirmNotDuplicate: true });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

async function timelineKinds(residentId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('timeline_entries')
    .select('kind')
    .where('resident_id', '=', residentId)
    .orderBy('occurred_at')
    .execute();
  return rows.map((row) => row.kind);
}

describe('merging duplicate files', () => {
  it('moves everything of the duplicate, fills empty fields and keeps it marked', async () => {
    const survivor = await register(coordinator, {
      surname: 'Αλεξίου',
      givenName: 'Δημήτριος',
      birthDate: '1970-06-15',
    });
    const amka = makeAmka('1970-06-15', 3, 'male');
    const duplicate = await register(reception, {
      surname: 'Alexiou',
      givenName: 'Dimitris',
      fatherName: 'Γεώργιος',
      birthDate: '1970-06-15',
      amka,
      mobilePhone: '6944000111',
    });

    const merged = await coordinator.post(`/api/residents/${survivor}/merge`, {
      duplicateId: duplicate,
      reason: 'Ίδιο πρόσωπο, γράφτηκε δύο φορές',
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      id: survivor,
      surname: 'Αλεξίου',
      fatherName: 'Γεώργιος',
      amka,
      mobilePhone: '+306944000111',
      version: 2,
    });
    expect(await timelineKinds(survivor)).toEqual([
      'resident.registered',
      'resident.registered',
      'resident.merged',
    ]);
    expect(await timelineKinds(duplicate)).toEqual([]);

    const kept = (await coordinator.get(`/api/residents/${duplicate}`)).json();
    expect(kept).toMatchObject({ mergedInto: survivor, amka: null });
    const found = (await coordinator.get('/api/residents/search?q=Alexiou')).json();
    expect(found.items.map((item: { id: string }) => item.id)).toEqual([survivor]);
    // The ΑΜΚΑ now leads to the surviving file.
    const again = await reception.post('/api/residents', {
      surname: 'Αλεξίου',
      givenName: 'Δημήτρης',
      amka,
    });
    expect(again.json()).toMatchObject({ code: 'duplicate_resident', existingId: survivor });

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['details', 'reason'])
      .where('action', '=', 'resident.merge')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      duplicateId: duplicate,
      moved: { timeline_entries: 1 },
      filled: expect.arrayContaining(['amka', 'fatherName', 'mobilePhone']),
    });
    const history = (await coordinator.get(`/api/residents/${survivor}/history`)).json();
    expect(history.items[0].changes).toContainEqual({ field: 'amka', from: null, to: amka });

    const twice = await coordinator.post(`/api/residents/${survivor}/merge`, {
      duplicateId: duplicate,
      reason: 'ξανά',
    });
    expect(twice.json()).toMatchObject({ code: 'merge_refused', field: 'body.duplicateId' });
  });

  it('refuses merging a file with itself', async () => {
    const id = await register(coordinator, { surname: 'Μόνος', givenName: 'Ένας' });
    const response = await coordinator.post(`/api/residents/${id}/merge`, {
      duplicateId: id,
      reason: 'δοκιμή',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'merge_refused',
      detail: 'A file cannot be merged with itself.',
    });
  });

  it('does not see a file of another Center (404) and changes nothing', async () => {
    const ours = await register(coordinator, { surname: 'Δικός', givenName: 'Μας' });
    const theirs = await register(otherCenter, { surname: 'Ξένος', givenName: 'Φάκελος' });
    const response = await coordinator.post(`/api/residents/${ours}/merge`, {
      duplicateId: theirs,
      reason: 'δοκιμή',
    });
    expect(response.statusCode).toBe(404);
    expect(await timelineKinds(theirs)).toEqual(['resident.registered']);
    expect((await coordinator.get(`/api/residents/${theirs}`)).statusCode).toBe(404);
  });

  it('is for coordinators only', async () => {
    const a = await register(reception, { surname: 'Πρώτος', givenName: 'Α' });
    const b = await register(reception, { surname: 'Πρώτος', givenName: 'Β' });
    const response = await reception.post(`/api/residents/${a}/merge`, {
      duplicateId: b,
      reason: 'δοκιμή',
    });
    expect(response.statusCode).toBe(403);
  });
});
