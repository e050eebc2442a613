import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../../test/helpers/fixtures.js';
import { countJobs } from '../../../jobs/jobs.repository.js';
import { startJobWorker } from '../../../jobs/worker.js';
import type { CenterRow } from '../../centers/centers.repository.js';
import { insertTestResident } from '../../../../test/helpers/residents.js';
import { outreachHandlers } from './outreach.worker.js';
import { scanForRescreening } from './outreach-scan.service.js';
import { screenHousehold } from './screening.service.js';
import { createTestEngine } from './test-engine.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let worker: TestClient;
let coordinator: TestClient;
let reception: TestClient;
let outsider: TestClient;
const engine = createTestEngine('v1');
const quiet = { info: () => undefined, warn: () => undefined };

async function client(role: 'social_worker' | 'coordinator' | 'reception', at: CenterRow) {
  const c = new TestClient(testApp.app, 'el');
  await c.signIn(await seedStaff(database.db, testApp.keyRing, at, role), at.slug);
  return c;
}

async function household(surname: string) {
  const resident = await insertTestResident(database.db, center.id, {
    surname,
    givenName: 'Μαρία',
    birthDate: '1970-01-01',
  });
  const created = await worker.post('/api/households', {
    referenceResidentId: resident,
    startDate: '2020-01-01',
  });
  expect(created.statusCode).toBe(201);
  return { resident, id: created.json().id as string, version: created.json().version as number };
}

async function runWorker() {
  const jobs = startJobWorker({
    db: database.db,
    handlers: outreachHandlers(database.db, engine),
    log: quiet,
  });
  await jobs.drain();
  await jobs.stop();
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'outreach-a');
  const other = await seedCenter(database.db, 'outreach-b');
  worker = await client('social_worker', center);
  coordinator = await client('coordinator', center);
  reception = await client('reception', center);
  outsider = await client('coordinator', other);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('outreach', () => {
  it('re-screens changed households and all of them on a new rules version; lists the newly eligible', async () => {
    const single = await household('Αλεξίου');
    const couple = await household('Βασιλείου');
    const partner = await insertTestResident(database.db, center.id, {
      surname: 'Βασιλείου',
      givenName: 'Νίκος',
    });
    const added = await worker.post(`/api/households/${couple.id}/members`, {
      residentId: partner,
      relationship: 'spouse',
      startDate: '2020-01-01',
    });
    expect(added.statusCode, added.body).toBe(200);

    const first = await scanForRescreening(database.db, engine, { overlapMs: 0 });
    expect(first.find((r) => r.centerId === center.id)).toMatchObject({
      reason: 'rules_version',
      households: 2,
    });
    await runWorker();
    expect(await countJobs(database.db, { status: 'failed' })).toBe(0);
    const eligibility = await database.db
      .selectFrom('household_eligibility')
      .selectAll()
      .where('center_id', '=', center.id)
      .execute();
    expect(eligibility.filter((r) => r.status === 'eligible').map((r) => r.household_id)).toEqual([
      couple.id,
    ]);

    // Nothing changed: nothing to re-screen.
    expect(
      (await scanForRescreening(database.db, engine, { overlapMs: 0 })).find(
        (r) => r.centerId === center.id,
      ),
    ).toMatchObject({ reason: 'changes', households: 0 });

    // A member joins the single household: only that one is picked up.
    const child = await insertTestResident(database.db, center.id, {
      surname: 'Αλεξίου',
      givenName: 'Ιωάννα',
    });
    const joined = await worker.post(`/api/households/${single.id}/members`, {
      residentId: child,
      relationship: 'child',
      startDate: '2021-01-01',
    });
    expect(joined.statusCode).toBe(200);
    const changed = await scanForRescreening(database.db, engine, { overlapMs: 0 });
    expect(changed.find((r) => r.centerId === center.id)).toMatchObject({
      reason: 'changes',
      households: 1,
    });
    await runWorker();

    // A new parameter version: everyone again; ΚΑΠΗ becomes available to both households.
    engine.version = 'v2';
    const all = await scanForRescreening(database.db, engine, { overlapMs: 0 });
    expect(all.find((r) => r.centerId === center.id)).toMatchObject({
      reason: 'rules_version',
      households: 2,
    });
    await runWorker();
    expect(await countJobs(database.db, { status: 'queued' })).toBe(0);

    const list = await coordinator.get('/api/outreach/newly-eligible?since=2000-01-01');
    expect(list.statusCode).toBe(200);
    const pairs = list
      .json()
      .items.map((i: { residentId: string; benefit: string }) => `${i.residentId}:${i.benefit}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        `${single.resident}:food_aid`,
        `${single.resident}:kapi`,
        `${partner}:kapi`,
      ]),
    );

    // Eligible before the window: the couple's food aid started at the first run.
    const rows = await database.db
      .selectFrom('household_eligibility')
      .select(['household_id', 'benefit', 'first_eligible_at'])
      .where('status', '=', 'eligible')
      .execute();
    const coupleFood = rows.find((r) => r.household_id === couple.id && r.benefit === 'food_aid');
    const coupleKapi = rows.find((r) => r.household_id === couple.id && r.benefit === 'kapi');
    expect(coupleFood!.first_eligible_at!.getTime()).toBeLessThan(
      coupleKapi!.first_eligible_at!.getTime(),
    );
    await database.db
      .updateTable('household_eligibility')
      .set({ first_eligible_at: new Date('2025-01-01T00:00:00Z') })
      .where('household_id', '=', couple.id)
      .where('benefit', '=', 'food_aid')
      .execute();
    const recent = await coordinator.get('/api/outreach/newly-eligible?since=2026-01-01');
    const recentPairs = recent
      .json()
      .items.map((i: { residentId: string; benefit: string }) => `${i.residentId}:${i.benefit}`);
    expect(recentPairs).not.toContain(`${partner}:food_aid`);
    expect(recentPairs).toContain(`${partner}:kapi`);

    const csv = await coordinator.get('/api/outreach/newly-eligible?since=2000-01-01&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('Αλεξίου Μαρία');
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'benefits.outreach.export')
      .execute();
    expect(audit).toHaveLength(1);

    expect((await reception.get('/api/outreach/newly-eligible')).statusCode).toBe(403);
    expect(
      (await outsider.get('/api/outreach/newly-eligible?since=2000-01-01')).json().items,
    ).toEqual([]);
  });

  it('stores a screening with its version, replays it, and keeps it inside its Center', async () => {
    const h = await household('Γεωργίου');
    const staff = await seedStaff(database.db, testApp.keyRing, center, 'social_worker');
    const actor = {
      centerId: center.id,
      staffId: staff.staff.id,
      role: 'social_worker' as const,
      ip: null,
    };
    const view = await screenHousehold(database.db, engine, actor, h.id, { asOf: '2026-02-01' });
    expect(view).toMatchObject({
      householdId: h.id,
      asOf: '2026-02-01',
      taxYear: 2025,
      rulesVersion: engine.version,
    });
    const timeline = await database.db
      .selectFrom('timeline_entries')
      .selectAll()
      .where('resident_id', '=', h.resident)
      .where('kind', '=', 'benefits.screened')
      .execute();
    expect(timeline).toHaveLength(1);

    const { findScreening } = await import('./screening.repository.js');
    const { replayStoredScreening } = await import('./screening.service.js');
    const row = await findScreening(database.db, center.id, view.id);
    expect(replayStoredScreening(row!, engine).status).toBe('reproduced');

    expect((await reception.post(`/api/households/${h.id}/screenings`, {})).statusCode).toBe(403);
    expect((await outsider.post(`/api/households/${h.id}/screenings`, {})).statusCode).toBe(404);
    expect((await outsider.get(`/api/screenings/${view.id}/summary`)).statusCode).toBe(404);
    const summary = await worker.get(`/api/screenings/${view.id}/summary`);
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['content-security-policy']).toContain("default-src 'none'");
    expect(summary.body).toContain('lang="el"');
  });
});
