import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { insertTestResident } from '../../../test/helpers/residents.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let desk: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'requests-a');
  const other = await seedCenter(database.db, 'requests-b');
  desk = new TestClient(testApp.app, 'el');
  await desk.signIn(
    await seedStaff(database.db, testApp.keyRing, center, 'reception'),
    center.slug,
  );
  outsider = new TestClient(testApp.app, 'el');
  await outsider.signIn(
    await seedStaff(database.db, testApp.keyRing, other, 'coordinator'),
    other.slug,
  );
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const walkIn = {
  channel: 'in_person',
  axis: 'benefits',
  subject: 'Επίδομα παιδιού',
  outcome: 'answered',
  durationMinutes: 10,
};

describe('request log', () => {
  it('logs an anonymous information request', async () => {
    const logged = await desk.post('/api/requests', walkIn);
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({
      ...walkIn,
      residentId: null,
      residentName: null,
      notes: null,
      staff: { displayName: 'Δοκιμή reception' },
    });
  });

  it('puts a resident’s request on their timeline and in the filtered list', async () => {
    const residentId = await insertTestResident(database.db, center.id, {
      surname: 'Νικολάου',
      givenName: 'Πέτρος',
    });
    const logged = await desk.post('/api/requests', {
      ...walkIn,
      residentId,
      channel: 'phone',
      subject: 'ΚΟΤ',
      outcome: 'case_opened',
      notes: 'Θα φέρει εκκαθαριστικό',
      occurredAt: '2026-01-15T09:30:00Z',
    });
    expect(logged.json()).toMatchObject({
      residentName: 'Νικολάου Πέτρος',
      outcome: 'case_opened',
    });
    const timeline = (await desk.get(`/api/residents/${residentId}/timeline`)).json();
    expect(timeline.items).toEqual([
      expect.objectContaining({
        kind: 'request.logged',
        sourceId: logged.json().id,
        details: { axis: 'benefits', channel: 'phone', subject: 'ΚΟΤ', outcome: 'case_opened' },
      }),
    ]);
    // Nothing else is implied by "case opened": no case exists until someone opens it.
    const cases = await database.db.selectFrom('cases').selectAll().execute();
    expect(cases).toEqual([]);

    const list = (
      await desk.get(`/api/requests?residentId=${residentId}&from=2026-01-15&to=2026-01-15`)
    ).json();
    expect(list.total).toBe(1);
    const outside = (await desk.get(`/api/requests?from=2026-01-16&pageSize=5`)).json();
    expect(outside.items.map((r: { id: string }) => r.id)).not.toContain(logged.json().id);
  });

  it('suggests the Center’s most frequent subjects', async () => {
    await desk.post('/api/requests', { ...walkIn, subject: 'Επίδομα θέρμανσης' });
    await desk.post('/api/requests', { ...walkIn, subject: 'Επίδομα θέρμανσης' });
    await desk.post('/api/requests', { ...walkIn, subject: 'Επίδομα θέρμανσης' });
    const subjects = (await desk.get('/api/requests/subjects')).json().items;
    expect(subjects[0]).toBe('Επίδομα θέρμανσης');
    expect(subjects).toContain('Επίδομα παιδιού');
  });

  it('names the invalid field in Greek', async () => {
    const refused = await desk.post('/api/requests', {
      ...walkIn,
      subject: '',
      durationMinutes: 900,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body.subject', message: 'Το πεδίο «Θέμα» χρειάζεται τουλάχιστον 1 χαρακτήρες.' },
        {
          field: 'body.durationMinutes',
          message: 'Το πεδίο «Διάρκεια (λεπτά)» πρέπει να είναι έως 600.',
        },
      ]),
    );
    const future = await desk.post('/api/requests', {
      ...walkIn,
      occurredAt: '2099-01-01T00:00:00Z',
    });
    expect(future.json()).toMatchObject({
      field: 'body.occurredAt',
      detail: 'Η ημερομηνία δεν μπορεί να είναι μελλοντική.',
    });
  });

  it('keeps each Center’s requests and residents to itself', async () => {
    const residentId = await insertTestResident(database.db, center.id, {
      surname: 'Ιδιωτική',
      givenName: 'Υπόθεση',
    });
    await desk.post('/api/requests', { ...walkIn, residentId });
    expect((await outsider.get('/api/requests')).json()).toEqual({ items: [], total: 0 });
    expect((await outsider.get('/api/requests/subjects')).json().items).toEqual([]);
    const write = await outsider.post('/api/requests', { ...walkIn, residentId });
    expect(write.statusCode).toBe(404);
  });
});
