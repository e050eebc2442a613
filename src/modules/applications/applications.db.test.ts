import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import type { Role } from '../../db/types.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { insertTestResident } from '../../../test/helpers/residents.js';
import { addMonths } from './application-flow.js';
import { todayAtCenter } from './today.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
const people = {} as Record<
  'worker' | 'colleague' | 'reception' | 'outsider',
  { account: SeededStaff; client: TestClient }
>;
let residentId: string;

async function person(role: Role, at: CenterRow, language: 'el' | 'en' = 'el') {
  const account = await seedStaff(database.db, testApp.keyRing, at, role);
  const client = new TestClient(testApp.app, language);
  await client.signIn(account, at.slug);
  return { account, client };
}

const today = todayAtCenter();
const inDays = (days: number) => {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'applications-a');
  const other = await seedCenter(database.db, 'applications-b');
  people.worker = await person('social_worker', center);
  people.colleague = await person('social_worker', center, 'en');
  people.reception = await person('reception', center);
  people.outsider = await person('coordinator', other);
  residentId = await insertTestResident(database.db, center.id, {
    surname: 'Παπαδάκη',
    givenName: 'Ελένη',
    birthDate: '1980-02-02',
  });
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function timelineKinds() {
  const timeline = await people.worker.client.get(`/api/residents/${residentId}/timeline`);
  return timeline.json().items as {
    kind: string;
    sourceId: string;
    details: Record<string, unknown>;
  }[];
}

describe('applications', () => {
  it('follows an application from plan to approval, renewal and closing', async () => {
    const worker = people.worker.client;
    const created = await worker.post(`/api/residents/${residentId}/applications`, {
      benefit: 'eee',
      notes: 'Ζει με τη μητέρα της, θέλει βοήθεια με τους κωδικούς',
    });
    expect(created.statusCode).toBe(201);
    const application = created.json();
    expect(application).toMatchObject({
      residentId,
      benefit: 'eee',
      status: 'planned',
      submittedAt: null,
      decision: null,
      assignedTo: { id: people.worker.account.staff.id },
      version: 1,
    });
    expect(application.checklist).toContainEqual({
      code: 'consent_forms',
      label: 'Έντυπα συναίνεσης όλων των ενηλίκων του νοικοκυριού',
      done: false,
    });
    const path = `/api/applications/${application.id}`;

    const collecting = await worker.patch(path, {
      status: 'collecting_documents',
      checklist: [
        { code: 'id_card', done: true },
        { code: 'iban', label: 'ignored', done: true },
      ],
      version: 1,
    });
    expect(collecting.statusCode).toBe(200);
    const ticked = collecting.json().checklist.filter((i: { done: boolean }) => i.done);
    expect(ticked.map((i: { code: string }) => i.code)).toEqual(['id_card', 'iban']);

    const submitted = await worker.patch(path, {
      status: 'submitted',
      platform: 'gov.gr / ΗΔΙΚΑ',
      protocolNumber: 'ΕΕΕ-2026-000123',
      version: 2,
    });
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      submittedAt: today,
      platform: 'gov.gr / ΗΔΙΚΑ',
      protocolNumber: 'ΕΕΕ-2026-000123',
      version: 3,
    });

    const approved = await worker.patch(path, {
      status: 'approved',
      decision: { amount: 216, reason: null },
      version: 3,
    });
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decision: { amount: 216, reason: null, decidedAt: today },
      // ΕΕΕ is renewed every 6 months: the renewal date follows from the catalog.
      renewalDue: addMonths(today, 6),
    });

    const renewal = await worker.patch(path, { status: 'renewal_due', version: 4 });
    expect(renewal.json().status).toBe('renewal_due');
    const closed = await worker.patch(path, { status: 'closed', version: 5 });
    expect(closed.json().status).toBe('closed');

    const entries = (await timelineKinds()).filter((e) => e.sourceId === application.id);
    expect(entries.map((e) => e.kind).sort()).toEqual([
      'application.created',
      ...Array(5).fill('application.status_changed'),
    ]);
    expect(entries.find((e) => e.details.status === 'submitted')?.details).toMatchObject({
      benefit: 'eee',
      from: 'collecting_documents',
      submittedAt: today,
    });
    // What the entries say, not their random ids (a UUID may well contain "216").
    const text = JSON.stringify(entries.map((e) => e.details));
    expect(text).not.toContain('μητέρα');
    expect(text).not.toContain('216');

    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', application.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'application.create',
      ...Array(5).fill('application.update'),
    ]);

    const list = await people.reception.client.get(`/api/residents/${residentId}/applications`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({ id: application.id, status: 'closed' });
  });

  it('refuses a step the flow does not allow, with a message in the reader’s language', async () => {
    const created = await people.worker.client.post(`/api/residents/${residentId}/applications`, {
      benefit: 'child_benefit',
    });
    const path = `/api/applications/${created.json().id}`;
    const greek = await people.worker.client.patch(path, { status: 'approved', version: 1 });
    expect(greek.statusCode).toBe(409);
    expect(greek.json()).toMatchObject({ code: 'conflict', field: 'body.status' });
    expect(greek.json().detail).toBe(
      'Η αίτηση είναι «Σχεδιάζεται» και δεν μπορεί να γίνει «Εγκρίθηκε». Επόμενα βήματα: «Συλλογή δικαιολογητικών», «Υποβλήθηκε», «Έκλεισε».',
    );
    const english = await people.colleague.client.patch(path, { status: 'appealed', version: 1 });
    expect(english.json().detail).toContain('cannot become “Appealed”');

    const unknownDocument = await people.worker.client.patch(path, {
      checklist: [{ code: 'passport_photo', done: true }],
      version: 1,
    });
    expect(unknownDocument.statusCode).toBe(400);
    expect(unknownDocument.json().detail).toBe(
      'Το δικαιολογητικό δεν υπάρχει στη λίστα αυτής της αίτησης.',
    );

    const stale = await people.worker.client.patch(path, { platform: 'idika.gr', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_record');

    const twice = await people.worker.client.post(`/api/residents/${residentId}/applications`, {
      benefit: 'child_benefit',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().field).toBe('body.benefit');
  });

  it('lists deadlines and renewals due within 30 days for the assigned staff member', async () => {
    const worker = people.worker.client;
    const post = (benefit: string, body: Record<string, unknown> = {}) =>
      worker.post(`/api/residents/${residentId}/applications`, { benefit, ...body });
    const soon = (await post('heating_allowance', { deadline: inDays(10) })).json();
    const overdue = (await post('kot_b', { deadline: inDays(-3) })).json();
    await post('housing_benefit', { deadline: inDays(45) });
    const colleagues = (
      await post('kapi', {
        deadline: inDays(5),
        assignedTo: people.colleague.account.staff.id,
      })
    ).json();
    const renewing = (await post('social_grocery')).json();
    const path = `/api/applications/${renewing.id}`;
    await worker.patch(path, { status: 'submitted', version: 1 });
    await worker.patch(path, { status: 'approved', renewalDue: inDays(20), version: 2 });

    const mine = await worker.get('/api/tasks?mine=true');
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as { applicationId: string; kind: string; overdue: boolean }[];
    expect(items.map((t) => [t.applicationId, t.kind, t.overdue])).toEqual([
      [overdue.id, 'deadline', true],
      [soon.id, 'deadline', false],
      [renewing.id, 'renewal', false],
    ]);
    expect(mine.json().items[0]).toMatchObject({ residentName: 'Παπαδάκη Ελένη', daysLeft: -3 });

    const theirs = (await people.colleague.client.get('/api/tasks?mine=true')).json().items;
    expect(theirs.map((t: { applicationId: string }) => t.applicationId)).toEqual([colleagues.id]);
    const everyone = (await people.reception.client.get('/api/tasks')).json().items;
    expect(everyone).toHaveLength(4);

    // Submitting ends the deadline's task.
    await worker.patch(`/api/applications/${soon.id}`, { status: 'submitted', version: 1 });
    const after = (await worker.get('/api/tasks?mine=true')).json().items;
    expect(after.map((t: { applicationId: string }) => t.applicationId)).not.toContain(soon.id);
  });

  it('lets reception read but not write, and assigns only staff who handle applications', async () => {
    const reception = people.reception.client;
    expect((await reception.get(`/api/residents/${residentId}/applications`)).statusCode).toBe(200);
    const refused = await reception.post(`/api/residents/${residentId}/applications`, {
      benefit: 'food_aid',
    });
    expect(refused.statusCode).toBe(403);
    const wrongAssignee = await people.worker.client.post(
      `/api/residents/${residentId}/applications`,
      { benefit: 'food_aid', assignedTo: people.reception.account.staff.id },
    );
    expect(wrongAssignee.statusCode).toBe(400);
    expect(wrongAssignee.json().field).toBe('body.assignedTo');
  });

  it('keeps applications inside their Center', async () => {
    const list = (
      await people.worker.client.get(`/api/residents/${residentId}/applications`)
    ).json();
    const id = list.items[0].id;
    const outsider = people.outsider.client;
    expect(
      (await outsider.patch(`/api/applications/${id}`, { status: 'closed', version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await outsider.get(`/api/residents/${residentId}/applications`)).statusCode).toBe(404);
    expect(
      (await outsider.post(`/api/residents/${residentId}/applications`, { benefit: 'eee' }))
        .statusCode,
    ).toBe(404);
    expect((await outsider.get('/api/tasks')).json().items).toEqual([]);
  });
});
