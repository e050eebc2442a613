import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { marousiCenter } from './default-center.js';

let database: TestDatabase;
let testApp: TestApp;
let client: TestClient;
const { slug: _slug, ...settings } = marousiCenter;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'settings');
  const admin = await seedStaff(database.db, testApp.keyRing, center, 'administrator');
  client = new TestClient(testApp.app, 'el');
  await client.signIn(admin);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('Center settings', () => {
  it('saves another Center’s details, shows them on the public page and audits the change', async () => {
    const kifisia = {
      ...settings,
      name: { el: 'Κέντρο Κοινότητας Δήμου Κηφισιάς', en: 'Kifisia Community Center' },
      address: {
        street: 'Κασσαβέτη',
        number: '21',
        postcode: '14562',
        city: { el: 'Κηφισιά', en: 'Kifisia' },
      },
      phones: ['2132007000'],
      openingHours: [{ weekday: 2, opens: '09:00', closes: '17:00' }],
    };
    const saved = await client.put('/api/center/settings', kifisia);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      slug: 'settings',
      name: kifisia.name,
      phones: ['2132007000'],
    });
    const publicView = await client.get('/api/public/center?center=settings');
    expect(publicView.json()).toMatchObject({
      address: { street: 'Κασσαβέτη' },
      openingHours: kifisia.openingHours,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'center.settings.update')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ changed: ['name', 'address', 'phones', 'openingHours'] });
  });

  it('refuses a bad postcode with a Greek message naming the field, and keeps what was there', async () => {
    const before = (await client.get('/api/center/settings')).json();
    const bad = await client.put('/api/center/settings', {
      ...settings,
      address: { ...settings.address, postcode: '151' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      field: 'body.address.postcode',
      detail: 'Το πεδίο «Ταχυδρομικός κώδικας» δεν έχει έγκυρη μορφή.',
    });
    expect((await client.get('/api/center/settings')).json()).toEqual(before);
  });
});
