import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { loadHouseholdFacts } from './household-facts.service.js';
import { insertTestResident } from '../../../test/helpers/residents.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let otherCenter: CenterRow;
let worker: TestClient;
let reception: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'households-a');
  otherCenter = await seedCenter(database.db, 'households-b');
  worker = new TestClient(testApp.app, 'el');
  await worker.signIn(
    await seedStaff(database.db, testApp.keyRing, center, 'social_worker'),
    'households-a',
  );
  reception = new TestClient(testApp.app, 'el');
  await reception.signIn(
    await seedStaff(database.db, testApp.keyRing, center, 'reception'),
    'households-a',
  );
  outsider = new TestClient(testApp.app, 'el');
  await outsider.signIn(
    await seedStaff(database.db, testApp.keyRing, otherCenter, 'coordinator'),
    'households-b',
  );
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function householdOf(birthDate: string) {
  const mother = await insertTestResident(database.db, center.id, {
    surname: 'Παπαδοπούλου',
    givenName: 'Ελένη',
    birthDate,
    gender: 'female',
  });
  const created = await worker.post('/api/households', {
    referenceResidentId: mother,
    startDate: '2020-01-01',
  });
  expect(created.statusCode).toBe(201);
  return { mother, household: created.json() };
}

async function auditActions(recordId: string) {
  const rows = await database.db
    .selectFrom('audit_log')
    .select('action')
    .where('record_id', '=', recordId)
    .execute();
  return rows.map((r) => r.action);
}

describe('households', () => {
  it('keeps history: a member who leaves stays on record with an end date', async () => {
    const { mother, household } = await householdOf('1980-05-10');
    expect(household.members).toMatchObject([
      { residentId: mother, relationship: 'reference', startDate: '2020-01-01', endDate: null },
    ]);
    const father = await insertTestResident(database.db, center.id, {
      surname: 'Παπαδόπουλος',
      givenName: 'Νίκος',
      birthDate: '1978-02-01',
    });
    const withFather = await worker.post(`/api/households/${household.id}/members`, {
      residentId: father,
      relationship: 'spouse',
      startDate: '2020-01-01',
    });
    expect(withFather.statusCode).toBe(200);
    const withChild = await worker.post(`/api/households/${household.id}/members`, {
      person: { surname: 'Παπαδοπούλου', givenName: 'Μαρία', birthDate: '2012-09-03' },
      relationship: 'child',
      startDate: '2020-01-01',
    });
    const view = withChild.json();
    expect(view.members).toHaveLength(3);
    expect(view.version).toBe(3);
    const fatherMember = view.members.find((m: { residentId: string }) => m.residentId === father);

    const left = await worker.patch(`/api/households/${household.id}/members/${fatherMember.id}`, {
      endDate: '2024-03-01',
      version: view.version,
    });
    expect(left.statusCode).toBe(200);
    const after = left.json();
    expect(after.members).toHaveLength(3);
    expect(after.members.at(-1)).toMatchObject({ residentId: father, endDate: '2024-03-01' });

    // The father's file shows the household as a past membership, and he can join another one.
    const his = (await worker.get(`/api/residents/${father}/households`)).json();
    expect(his.items.map((h: { id: string }) => h.id)).toEqual([household.id]);
    const newHome = await worker.post('/api/households', {
      referenceResidentId: father,
      startDate: '2024-03-01',
    });
    expect(newHome.statusCode).toBe(201);
    const both = (await worker.get(`/api/residents/${father}/households`)).json();
    expect(both.items.map((h: { id: string }) => h.id)).toEqual([newHome.json().id, household.id]);

    const timeline = (await worker.get(`/api/residents/${mother}/timeline`)).json();
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['household.member_added', 'household.member_left']),
    );
    const stale = await worker.patch(`/api/households/${household.id}/members/${fatherMember.id}`, {
      relationship: 'partner',
      version: view.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_record');
    expect(await auditActions(household.id)).toEqual(
      expect.arrayContaining([
        'household.create',
        'household.member_add',
        'household.member_update',
      ]),
    );
  });

  it('refuses a child older than the parent, naming the field, and changes nothing', async () => {
    const { household } = await householdOf('1990-01-01');
    const refused = await worker.post(`/api/households/${household.id}/members`, {
      person: { surname: 'Λάθος', givenName: 'Ημερομηνία', birthDate: '1985-01-01' },
      relationship: 'child',
      startDate: '2021-01-01',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'invalid_household',
      field: 'body.person.birthDate',
      detail: 'Το παιδί δεν μπορεί να είναι μεγαλύτερο από τον γονέα.',
    });
    const unchanged = (await worker.get(`/api/households/${household.id}`)).json();
    expect(unchanged).toMatchObject({ version: 1, members: [{ relationship: 'reference' }] });
    expect(await auditActions(household.id)).toContain('household.read');

    const secondReference = await worker.post(`/api/households/${household.id}/members`, {
      person: { surname: 'Άλλος', givenName: 'Υπεύθυνος' },
      relationship: 'reference',
      startDate: '2021-01-01',
    });
    expect(secondReference.json()).toMatchObject({
      code: 'invalid_household',
      field: 'body.relationship',
    });
    const future = await worker.post(`/api/households/${household.id}/members`, {
      person: { surname: 'Μελλοντικός', givenName: 'Γιος', birthDate: '2099-01-01' },
      relationship: 'child',
      startDate: '2021-01-01',
      endDate: '2020-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual(
      [
        {
          field: 'body.endDate',
          message: 'Η ημερομηνία λήξης πρέπει να είναι μετά την ημερομηνία έναρξης.',
        },
        { field: 'body.person.birthDate', message: 'Η ημερομηνία δεν μπορεί να είναι μελλοντική.' },
      ].reverse(),
    );
  });

  it('does not put a resident in two current households', async () => {
    const { mother } = await householdOf('1970-01-01');
    const again = await worker.post('/api/households', { referenceResidentId: mother });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({
      code: 'invalid_household',
      field: 'body.referenceResidentId',
    });
  });

  it('round-trips a tax year’s finances and refuses a stale version', async () => {
    const { household } = await householdOf('1975-03-03');
    const memberId = household.members[0].id;
    const empty = (await worker.get(`/api/households/${household.id}/finances/2024`)).json();
    expect(empty).toEqual({
      taxYear: 2024,
      version: 0,
      incomes: [],
      realEstateValue: 0,
      deposits: 0,
      vehiclesValue: 0,
      rentPaid: 0,
      notes: null,
    });
    const body = {
      version: 0,
      incomes: [
        { memberId, type: 'benefits', amount: 840 },
        { memberId, type: 'salary', amount: 9800.5 },
      ],
      realEstateValue: 45000,
      deposits: 1200.1,
      vehiclesValue: 0,
      rentPaid: 4200,
      notes: 'Εκκαθαριστικό 2024',
    };
    const saved = await worker.put(`/api/households/${household.id}/finances/2024`, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...body, taxYear: 2024, version: 1 });
    const read = (await worker.get(`/api/households/${household.id}/finances/2024`)).json();
    expect(read).toEqual(saved.json());

    const stale = await worker.put(`/api/households/${household.id}/finances/2024`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_record');

    // Disability and employment come from the member's resident file.
    await database.db
      .updateTable('residents')
      .set({ disability_percent: 80, employment_status: 'long_term_unemployed' })
      .where('id', '=', household.members[0].residentId)
      .execute();
    const facts = await loadHouseholdFacts(database.db, center.id, household.id, {
      asOf: '2025-06-01',
      taxYear: 2024,
    });
    expect(facts).toMatchObject({ size: 1, adults: 1, rentPaid: 4200, missing: [] });
    expect(facts.members[0]).toMatchObject({
      disabilityPercent: 80,
      employmentStatus: 'long_term_unemployed',
    });
    expect(facts.incomes.total).toBe(10640.5);

    const negative = await worker.put(`/api/households/${household.id}/finances/2024`, {
      ...body,
      version: 1,
      deposits: -5,
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().field).toBe('body.deposits');
  });

  it('lets reception read but not change households', async () => {
    const { household } = await householdOf('1982-01-01');
    expect((await reception.get(`/api/households/${household.id}`)).statusCode).toBe(200);
    const write = await reception.post(`/api/households/${household.id}/members`, {
      person: { surname: 'Α', givenName: 'Β' },
      relationship: 'other',
      startDate: '2021-01-01',
    });
    expect(write.statusCode).toBe(403);
  });

  it('hides one Center’s households from another Center', async () => {
    const { mother, household } = await householdOf('1983-01-01');
    expect((await outsider.get(`/api/households/${household.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/residents/${mother}/households`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/households/${household.id}/finances/2024`)).statusCode).toBe(
      404,
    );
    const write = await outsider.post(`/api/households/${household.id}/members`, {
      person: { surname: 'Ξένος', givenName: 'Κέντρου' },
      relationship: 'other',
      startDate: '2021-01-01',
    });
    expect(write.statusCode).toBe(404);
    const borrowed = await outsider.post('/api/households', { referenceResidentId: mother });
    expect(borrowed.statusCode).toBe(404);
  });
});
