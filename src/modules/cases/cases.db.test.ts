import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import type { Role } from '../../db/types.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { insertTestResident } from '../../../test/helpers/residents.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
const people = {} as Record<
  'worker' | 'colleague' | 'coordinator' | 'reception' | 'outsider',
  { account: SeededStaff; client: TestClient }
>;
let residentId: string;

async function person(role: Role, at: CenterRow) {
  const account = await seedStaff(database.db, testApp.keyRing, at, role);
  const client = new TestClient(testApp.app, 'el');
  await client.signIn(account, at.slug);
  return { account, client };
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'cases-a');
  const other = await seedCenter(database.db, 'cases-b');
  people.worker = await person('social_worker', center);
  people.colleague = await person('social_worker', center);
  people.coordinator = await person('coordinator', center);
  people.reception = await person('reception', center);
  people.outsider = await person('coordinator', other);
  residentId = await insertTestResident(database.db, center.id, {
    surname: 'Γεωργίου',
    givenName: 'Άννα',
    birthDate: '1985-04-04',
  });
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function openCase() {
  const created = await people.worker.client.post('/api/cases', {
    residentId,
    topics: ['στέγαση', 'εργασία'],
  });
  expect(created.statusCode).toBe(201);
  return created.json();
}

describe('case files', () => {
  it('shows a case to its worker, team and coordinator only; 404 to others', async () => {
    const opened = await openCase();
    expect(opened).toMatchObject({
      residentName: 'Γεωργίου Άννα',
      status: 'open',
      assignedWorker: { id: people.worker.account.staff.id },
      version: 1,
    });
    const path = `/api/cases/${opened.id}`;
    expect((await people.colleague.client.get(path)).statusCode).toBe(404);
    expect((await people.coordinator.client.get(path)).statusCode).toBe(200);
    expect((await people.reception.client.get('/api/cases')).statusCode).toBe(403);
    expect((await people.outsider.client.get(path)).statusCode).toBe(404);
    const colleagueList = (await people.colleague.client.get('/api/cases')).json().items;
    expect(colleagueList.map((c: { id: string }) => c.id)).not.toContain(opened.id);

    const shared = await people.worker.client.patch(path, {
      teamIds: [people.colleague.account.staff.id],
      version: 1,
    });
    expect(shared.statusCode).toBe(200);
    expect((await people.colleague.client.get(path)).statusCode).toBe(200);
    const list = (await people.colleague.client.get(`/api/cases?residentId=${residentId}`)).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(opened.id);
    const reads = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', opened.id)
      .where('action', '=', 'case.read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('needs cases.assign to reassign, an outcome to close, and the current version', async () => {
    const opened = await openCase();
    const path = `/api/cases/${opened.id}`;
    const selfReassign = await people.worker.client.patch(path, {
      assignedWorkerId: people.colleague.account.staff.id,
      version: 1,
    });
    expect(selfReassign.statusCode).toBe(403);
    const reassigned = await people.coordinator.client.patch(path, {
      assignedWorkerId: people.colleague.account.staff.id,
      version: 1,
    });
    expect(reassigned.json()).toMatchObject({
      assignedWorker: { id: people.colleague.account.staff.id },
      version: 2,
    });
    expect((await people.worker.client.get(path)).statusCode).toBe(404);

    const colleague = people.colleague.client;
    const noOutcome = await colleague.patch(path, { status: 'closed', version: 2 });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json()).toMatchObject({ code: 'validation_failed', field: 'body.outcome' });
    expect(noOutcome.json().detail).toBe('Το πεδίο «Έκβαση» είναι υποχρεωτικό.');

    const assessed = await colleague.put(`${path}/assessment`, {
      needs: 'Απειλείται με έξωση',
      version: 2,
    });
    expect(assessed.json()).toMatchObject({
      assessment: { needs: 'Απειλείται με έξωση' },
      version: 3,
    });
    const planned = await colleague.put(`${path}/plan`, {
      goals: [{ description: 'Αίτηση επιδόματος στέγασης', status: 'open' }],
      reviewDate: '2026-09-01',
      version: 3,
    });
    const goal = planned.json().plan.goals[0];
    const replanned = await colleague.put(`${path}/plan`, {
      goals: [{ id: goal.id, description: goal.description, status: 'achieved' }],
      reviewDate: '2026-10-01',
      version: 4,
    });
    expect(replanned.json().plan).toMatchObject({
      goals: [{ id: goal.id, status: 'achieved' }],
      reviewDate: '2026-10-01',
    });

    const stale = await colleague.patch(path, { status: 'active', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_record');

    const closed = await colleague.patch(path, {
      status: 'closed',
      outcome: 'goals_met',
      version: 5,
    });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'goals_met' });
    expect(closed.json().closedAt).not.toBeNull();

    const timeline = (
      await people.coordinator.client.get(`/api/residents/${residentId}/timeline`)
    ).json();
    const closing = timeline.items.find(
      (e: { kind: string; caseId: string }) => e.kind === 'case.closed' && e.caseId === opened.id,
    );
    expect(closing.details).toMatchObject({ status: 'closed', outcome: 'goals_met' });
    expect(JSON.stringify(timeline)).not.toContain('έξωση');
  });

  it('does not let another Center open or change a case', async () => {
    const opened = await openCase();
    const outsider = people.outsider.client;
    expect(
      (await outsider.patch(`/api/cases/${opened.id}`, { status: 'active', version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await outsider.post('/api/cases', { residentId, topics: ['x'] })).statusCode).toBe(404);
    expect((await outsider.get('/api/cases')).json().items).toEqual([]);
  });
});
