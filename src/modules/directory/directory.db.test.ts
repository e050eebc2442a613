import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { findVisibleOrganization, findVisibleService } from './directory-lookup.js';

let database: TestDatabase;
let testApp: TestApp;
let centerA: CenterRow;
let centerB: CenterRow;
let managerA: TestClient;
let managerB: TestClient;
let workerA: TestClient;

const organizationBody = {
  name: 'Δήμος Δοκιμής — Κοινωνική Υπηρεσία',
  alternateName: 'Test Municipality',
  description: 'Κοινωνικές δομές του Δήμου.',
  email: 'social@example.org',
  referralEmail: 'referrals@example.org',
  phones: [{ number: '210 000 0000', description: 'Γραμματεία (δείγμα)' }],
  locations: [
    { name: 'Δημοτικό κτίριο', address1: 'Οδός Δοκιμής 1', city: 'Αθήνα', postalCode: '100 00' },
  ],
};

function serviceBody(organizationId: string, locationIds: string[], extra: object = {}) {
  return {
    organizationId,
    name: 'Κοινωνικό Παντοπωλείο',
    alternateName: 'Social grocery',
    description: 'Τρόφιμα και είδη πρώτης ανάγκης.',
    eligibilityDescription: 'Νοικοκυριά με χαμηλό εισόδημα.',
    languages: ['el', 'en'],
    requiredDocuments: ['Ε1', 'Ε9'],
    categories: ['food'],
    costOptions: [{ option: 'Δωρεάν', amount: 0, currency: 'EUR', amountDescription: null }],
    locationIds,
    schedules: [{ byday: ['TU', 'TH'], opensAt: '09:00', closesAt: '13:00' }],
    contacts: [{ name: 'Υπεύθυνη δομής', email: 'grocery@example.org' }],
    ...extra,
  };
}

async function signedIn(center: CenterRow, role: 'coordinator' | 'social_worker') {
  const client = new TestClient(testApp.app);
  const account = await seedStaff(database.db, testApp.keyRing, center, role);
  expect((await client.signIn(account, center.slug)).statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  centerA = await seedCenter(database.db, 'dir-a');
  centerB = await seedCenter(database.db, 'dir-b');
  managerA = await signedIn(centerA, 'coordinator');
  managerB = await signedIn(centerB, 'coordinator');
  workerA = await signedIn(centerA, 'social_worker');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function createOrganization(client: TestClient, extra: object = {}) {
  const response = await client.post('/api/directory/organizations', {
    ...organizationBody,
    ...extra,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; locations: { id: string }[] };
}

describe('directory entries', () => {
  it('lets a manager create, read, change and delete an organization and its service, audited', async () => {
    const organization = await createOrganization(managerA);
    const created = await managerA.post(
      '/api/directory/services',
      serviceBody(organization.id, [organization.locations[0]!.id]),
    );
    expect(created.statusCode).toBe(201);
    const service = created.json();
    expect(service).toMatchObject({
      name: 'Κοινωνικό Παντοπωλείο',
      own: true,
      shared: false,
      sample: false,
      version: 1,
      organization: { name: organizationBody.name, referralEmail: 'referrals@example.org' },
      locations: [{ address1: 'Οδός Δοκιμής 1', city: 'Αθήνα' }],
      schedules: [{ byday: ['TU', 'TH'], opensAt: '09:00', closesAt: '13:00' }],
      contacts: [{ name: 'Υπεύθυνη δομής' }],
    });

    const read = await workerA.get(`/api/directory/services/${service.id}`);
    expect(read.json().name).toBe('Κοινωνικό Παντοπωλείο');

    const changed = await managerA.put(
      `/api/directory/services/${service.id}`,
      serviceBody(organization.id, [], { name: 'Κοινωνικό Παντοπωλείο Δήμου', version: 1 }),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, locations: [] });

    const stale = await managerA.put(
      `/api/directory/services/${service.id}`,
      serviceBody(organization.id, [], { version: 1 }),
    );
    expect(stale.json().code).toBe('stale_record');

    expect(
      (await managerA.request({ method: 'DELETE', url: `/api/directory/services/${service.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await managerA.get(`/api/directory/services/${service.id}`)).statusCode).toBe(404);

    const actions = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('center_id', '=', centerA.id)
      .where('action', 'like', 'directory.%')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'directory.organization.create',
        'directory.service.create',
        'directory.service.update',
        'directory.service.delete',
      ]),
    );
  });

  it('refuses writes by staff who may only read, and bad input with the field named', async () => {
    const organization = await createOrganization(managerA);
    const forbidden = await workerA.post('/api/directory/organizations', organizationBody);
    expect(forbidden.statusCode).toBe(403);

    const badTimes = await managerA.post(
      '/api/directory/services',
      serviceBody(organization.id, [], {
        schedules: [{ byday: ['MO'], opensAt: '15:00', closesAt: '09:00' }],
      }),
    );
    expect(badTimes.statusCode).toBe(400);
    expect(badTimes.json()).toMatchObject({
      code: 'validation_failed',
      field: 'body.schedules.0.closesAt',
    });

    const sharedInPrivate = await managerA.post(
      '/api/directory/services',
      serviceBody(organization.id, [], { shared: true }),
    );
    expect(sharedInPrivate.json()).toMatchObject({
      code: 'validation_failed',
      field: 'body.shared',
    });

    const unknownCategory = await managerA.post(
      '/api/directory/services',
      serviceBody(organization.id, [], { categories: ['astrology'] }),
    );
    expect(unknownCategory.statusCode).toBe(400);
  });

  it('refuses to delete an organization a partner account belongs to', async () => {
    const organization = await createOrganization(managerA);
    await seedStaff(database.db, testApp.keyRing, centerA, 'partner', {
      partnerOrganizationId: organization.id,
    });
    const response = await managerA.request({
      method: 'DELETE',
      url: `/api/directory/organizations/${organization.id}`,
    });
    expect(response.json().code).toBe('conflict');
    expect((await managerA.get(`/api/directory/organizations/${organization.id}`)).statusCode).toBe(
      200,
    );
  });
});

describe('visibility between Centers', () => {
  it("keeps a Center's private entry invisible and untouchable for another Center", async () => {
    const organization = await createOrganization(managerA, { name: 'Ιδιωτικός φορέας Α' });
    const service = (
      await managerA.post(
        '/api/directory/services',
        serviceBody(organization.id, [], { name: 'Ιδιωτική υπηρεσία Α' }),
      )
    ).json();

    expect((await managerB.get(`/api/directory/services/${service.id}`)).statusCode).toBe(404);
    expect((await managerB.get(`/api/directory/organizations/${organization.id}`)).statusCode).toBe(
      404,
    );
    const edit = await managerB.put(
      `/api/directory/services/${service.id}`,
      serviceBody(organization.id, []),
    );
    expect(edit.statusCode).toBe(404);
    const remove = await managerB.request({
      method: 'DELETE',
      url: `/api/directory/services/${service.id}`,
    });
    expect(remove.statusCode).toBe(404);
    const list = await managerB.get(
      `/api/directory/services?q=${encodeURIComponent('Ιδιωτική υπηρεσία')}`,
    );
    expect(list.json().items).toEqual([]);
    // Not even as the organization of a new service of B.
    const borrow = await managerB.post('/api/directory/services', serviceBody(organization.id, []));
    expect(borrow.json()).toMatchObject({
      code: 'validation_failed',
      field: 'body.organizationId',
    });

    expect(await findVisibleService(database.db, centerB.id, service.id)).toBeNull();
    expect(await findVisibleOrganization(database.db, centerB.id, organization.id)).toBeNull();
    expect(await findVisibleService(database.db, centerA.id, service.id)).toMatchObject({
      organizationName: 'Ιδιωτικός φορέας Α',
      referralEmail: 'referrals@example.org',
    });
  });

  it('shows a shared entry to every Center, read only, and editable by its owner alone', async () => {
    const organization = await createOrganization(managerA, {
      name: 'Κοινόχρηστος φορέας',
      shared: true,
    });
    const service = (
      await managerA.post(
        '/api/directory/services',
        serviceBody(organization.id, [], {
          name: 'Κοινόχρηστη υπηρεσία συμβουλευτικής',
          shared: true,
        }),
      )
    ).json();

    const seen = await managerB.get(`/api/directory/services/${service.id}`);
    expect(seen.json()).toMatchObject({ own: false, shared: true });
    const listed = await managerB.get('/api/directory/services?q=symvouleftikis&scope=shared');
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(service.id);
    expect(await findVisibleService(database.db, centerB.id, service.id)).not.toBeNull();

    const edit = await managerB.put(
      `/api/directory/services/${service.id}`,
      serviceBody(organization.id, [], { shared: true }),
    );
    expect(edit.statusCode).toBe(403);
    const orgEdit = await managerB.put(
      `/api/directory/organizations/${organization.id}`,
      organizationBody,
    );
    expect(orgEdit.statusCode).toBe(403);

    // Unsharing the organization withdraws its services from the other Centers.
    const current = (await managerA.get(`/api/directory/organizations/${organization.id}`)).json();
    const unshared = await managerA.put(`/api/directory/organizations/${organization.id}`, {
      ...organizationBody,
      name: 'Κοινόχρηστος φορέας',
      shared: false,
      locations: current.locations,
      version: current.version,
    });
    expect(unshared.statusCode).toBe(200);
    expect((await managerB.get(`/api/directory/services/${service.id}`)).statusCode).toBe(404);
  });
});

describe('search', () => {
  it('ignores accents, case and final sigma, and accepts Greeklish, on staff and public lists', async () => {
    const organization = await createOrganization(managerA, { name: 'Φορέας αναζήτησης' });
    await managerA.post(
      '/api/directory/services',
      serviceBody(organization.id, [], {
        name: 'Κοινωνικό Φαρμακείο Αναζήτησης',
        categories: ['medicines'],
      }),
    );
    for (const q of [
      'φαρμακειο αναζητησης',
      'ΦΑΡΜΑΚΕΊΟ',
      'farmakeio anazitisis',
      'farmakio',
      'φαρμακεία',
    ]) {
      const staff = await managerA.get(`/api/directory/services?q=${encodeURIComponent(q)}`);
      expect(
        staff.json().items.map((i: { name: string }) => i.name),
        q,
      ).toContain('Κοινωνικό Φαρμακείο Αναζήτησης');
    }
    const open = await new TestClient(testApp.app).get(
      `/api/public/directory?center=dir-a&q=${encodeURIComponent('farmakeio')}&category=medicines`,
    );
    expect(open.statusCode).toBe(200);
    expect(open.json().items[0]).toMatchObject({
      name: 'Κοινωνικό Φαρμακείο Αναζήτησης',
      sample: false,
    });
    expect(open.json().items[0]).not.toHaveProperty('own');
    const elsewhere = await new TestClient(testApp.app).get(
      `/api/public/directory?center=dir-b&q=${encodeURIComponent('farmakeio anazitisis')}`,
    );
    expect(elsewhere.json()).toMatchObject({ items: [], total: 0 });
  });

  it('gives the public service page without contacts or the referral address', async () => {
    const organization = await createOrganization(managerA, { name: 'Φορέας δημόσιας σελίδας' });
    const service = (
      await managerA.post(
        '/api/directory/services',
        serviceBody(organization.id, [organization.locations[0]!.id]),
      )
    ).json();
    const page = await new TestClient(testApp.app).get(
      `/api/public/directory/services/${service.id}?center=dir-a`,
    );
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      name: 'Κοινωνικό Παντοπωλείο',
      locations: [{ city: 'Αθήνα' }],
    });
    expect(page.json()).not.toHaveProperty('contacts');
    expect(page.json().organization).not.toHaveProperty('referralEmail');
    const other = await new TestClient(testApp.app).get(
      `/api/public/directory/services/${service.id}?center=dir-b`,
    );
    expect(other.statusCode).toBe(404);
  });
});
