import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../../test/helpers/fixtures.js';
import type { CenterRow } from '../../centers/centers.repository.js';
import { seedSampleDirectory } from '../sample-directory.js';
import { withStableIds } from './hsds-ids.js';

let database: TestDatabase;
let testApp: TestApp;
let source: CenterRow;
let empty: CenterRow;
let managerSource: TestClient;
let managerEmpty: TestClient;

async function signedIn(center: CenterRow) {
  const client = new TestClient(testApp.app);
  const account = await seedStaff(database.db, testApp.keyRing, center, 'coordinator');
  expect((await client.signIn(account, center.slug)).statusCode).toBe(200);
  return client;
}

async function exportJson(client: TestClient) {
  const response = await client.get('/api/directory/export.json');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-disposition']).toContain('attachment');
  return response.json() as Record<string, unknown> & { contents: Record<string, unknown>[] };
}

async function countRows(centerId: string) {
  const tables = ['directory_organizations', 'directory_services', 'directory_locations'] as const;
  const counts = await Promise.all(
    tables.map((table) =>
      database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('center_id', '=', centerId)
        .executeTakeFirstOrThrow(),
    ),
  );
  return counts.map((c) => Number(c.n));
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  source = await seedCenter(database.db, 'hsds-source');
  empty = await seedCenter(database.db, 'hsds-empty');
  managerSource = await signedIn(source);
  managerEmpty = await signedIn(empty);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('sample directory', () => {
  it('adds the usual structures once, marked as sample data, with no invented phones or addresses', async () => {
    expect(await seedSampleDirectory(database.db, source.id)).toEqual({
      organizations: 8,
      services: 11,
    });
    expect(await seedSampleDirectory(database.db, source.id)).toEqual({
      organizations: 0,
      services: 0,
    });
    const response = await managerSource.get('/api/directory/services?scope=own');
    const list = response.json();
    expect(list.total).toBe(11);
    expect(list.items.every((item: { sample: boolean }) => item.sample)).toBe(true);
    const names = list.items.map((item: { name: string }) => item.name).join(' | ');
    for (const expected of [
      'ΚΕΠ',
      'Κοινωνικό Παντοπωλείο',
      'Κοινωνικό Φαρμακείο',
      'ΚΑΠΗ',
      'Βοήθεια στο Σπίτι',
    ]) {
      expect(names).toContain(expected);
    }
    const phones = await database.db.selectFrom('directory_phones').select('id').execute();
    expect(phones).toEqual([]);
  });
});

describe('HSDS round trip', () => {
  it('exports, imports into an empty Center and exports again: the same document but for ids', async () => {
    // Entries beyond the samples: shared ones, phones, contacts, an address, free-text hours.
    const organization = (
      await managerSource.post('/api/directory/organizations', {
        name: 'Συμβουλευτικός φορέας',
        shared: true,
        referralEmail: 'referrals@example.org',
        phones: [{ number: '210 000 0001', extension: '12', type: 'voice' }],
        contacts: [{ name: 'Γραμματεία', email: 'info@example.org' }],
        locations: [
          {
            name: 'Γραφείο',
            address1: 'Οδός Δοκιμής 2',
            city: 'Αθήνα',
            postalCode: '100 00',
            phones: [{ number: '210 000 0002' }],
          },
          { name: 'Χωρίς διεύθυνση' },
        ],
      })
    ).json();
    const locations = organization.locations.map((l: { id: string }) => l.id);
    const created = await managerSource.post('/api/directory/services', {
      organizationId: organization.id,
      name: 'Νομική συμβουλευτική, "δωρεάν"',
      shared: true,
      status: 'temporarily closed',
      languages: ['el', 'ar'],
      categories: ['legal', 'women'],
      locationIds: [locations[1], locations[0]],
      schedules: [
        {
          byday: ['MO', 'WE'],
          opensAt: '10:00',
          closesAt: '14:00',
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
        },
        { byday: [], description: 'Κατόπιν ραντεβού' },
      ],
      costOptions: [{ option: 'Παράβολο', amount: 12.5, currency: 'EUR', amountDescription: null }],
      phones: [{ number: '210 000 0003', type: 'cell' }],
    });
    expect(created.statusCode).toBe(201);

    const first = await exportJson(managerSource);
    expect(first.total_items).toBe(9);
    expect(await countRows(empty.id)).toEqual([0, 0, 0]);

    const imported = await managerEmpty.post('/api/directory/import', first);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ organizations: 9, services: 12 });

    const second = await exportJson(managerEmpty);
    expect(JSON.stringify(second)).not.toBe(JSON.stringify(first));
    expect(withStableIds(second)).toEqual(withStableIds(first));

    // The copy belongs to the importing Center: it edits it, the source does not see its copy.
    const copy = second.contents.at(-1) as { id: string };
    expect((await managerEmpty.get(`/api/directory/organizations/${copy.id}`)).json().own).toBe(
      true,
    );
  });

  it('refuses a bad file with the reason and changes nothing, even when only the last entry is wrong', async () => {
    const before = await countRows(empty.id);
    const good = { id: 'o1', name: 'Καλός φορέας', services: [{ id: 's1', name: 'Υπηρεσία' }] };
    const bad = {
      id: 'o2',
      name: 'Κακός φορέας',
      services: [{ id: 's2', name: 'Υ', status: 'sometimes' }],
    };
    const response = await managerEmpty.post('/api/directory/import', { contents: [good, bad] });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'import_rejected',
      detail: expect.stringContaining('contents[1].services[0].status'),
    });
    expect(await countRows(empty.id)).toEqual(before);

    const notHsds = await managerEmpty.post('/api/directory/import', { hello: 'world' });
    expect(notHsds.json()).toMatchObject({
      code: 'import_rejected',
      detail: expect.stringContaining('contents'),
    });
    expect(await countRows(empty.id)).toEqual(before);
  });

  it('exports HSDS tables as CSV, one table per request', async () => {
    const response = await managerSource.get('/api/directory/export.csv?table=service');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,organization_id,name,alternate_name,description,url,email,status,application_process,fees_description,eligibility_description',
    );
    expect(lines).toHaveLength(13);
    expect(response.body).toContain('"Νομική συμβουλευτική, ""δωρεάν"""');
    const phones = await managerSource.get('/api/directory/export.csv?table=phone');
    expect(phones.body.split('\r\n').length).toBeGreaterThan(3);
  });

  it('lets only managers import and export', async () => {
    const worker = new TestClient(testApp.app);
    const account = await seedStaff(database.db, testApp.keyRing, source, 'social_worker');
    await worker.signIn(account, source.slug);
    expect((await worker.get('/api/directory/export.json')).statusCode).toBe(403);
    expect((await worker.post('/api/directory/import', { contents: [] })).statusCode).toBe(403);
  });
});
