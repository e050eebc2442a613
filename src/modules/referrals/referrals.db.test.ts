import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedOrganization, seedStaff } from '../../../test/helpers/fixtures.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { eraseResident } from '../gdpr/anonymise.service.js';
import { insertService, seedReferralWorld, type ReferralWorld } from './referrals.fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let world: ReferralWorld;
let other: ReferralWorld;
let worker: TestClient;
let colleague: TestClient;
let coordinator: TestClient;

async function signedIn(
  account: ReferralWorld['worker'],
  language: 'el' | 'en' = 'el',
  center = 'referrals-a',
) {
  const client = new TestClient(testApp.app, language);
  const response = await client.signIn(account, center);
  expect(response.statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db, { PUBLIC_URL: 'https://kentro.example.gr' });
  world = await seedReferralWorld(database.db, testApp.keyRing, 'referrals-a');
  other = await seedReferralWorld(database.db, testApp.keyRing, 'referrals-b');
  worker = await signedIn(world.worker);
  colleague = await signedIn(world.colleague);
  coordinator = await signedIn(world.coordinator);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const refer = (client: TestClient, body: Record<string, unknown> = {}) =>
  client.post('/api/referrals', {
    residentId: world.residentId,
    caseId: world.caseId,
    serviceId: world.serviceId,
    reason: 'Χρειάζεται ψυχολογική υποστήριξη μετά την απώλεια εργασίας.',
    urgency: 'urgent',
    sharedCategories: ['identity', 'contact'],
    ...body,
  });

async function outboxTo(address: string) {
  return database.db
    .selectFrom('outbox_messages')
    .select(['kind', 'subject', 'body', sql<string>`status`.as('status')])
    .where('to', '=', address)
    .execute();
}

describe('creating a referral', () => {
  it('refers from a case to a directory service and e-mails the partner a link', async () => {
    const response = await refer(worker);
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({
      status: 'requested',
      urgency: 'urgent',
      caseId: world.caseId,
      destination: {
        kind: 'service',
        name: 'Συμβουλευτική ενηλίκων (Κέντρο Ψυχικής Υγείας Αμαρουσίου)',
      },
      partnerEmail: world.partnerEmail,
      sharedCategories: ['identity', 'contact'],
      consent: { kind: 'given', overrideReason: null },
      owner: { id: world.worker.staff.id },
      overdue: false,
    });
    // Urgent: five days to answer, counted from the Center's today.
    const due = new Date(`${view.dueOn as string}T00:00:00Z`).getTime();
    const today = new Date(
      `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date())}T00:00:00Z`,
    ).getTime();
    expect((due - today) / 86_400_000).toBe(5);
    expect(view.history).toMatchObject([
      { fromStatus: null, toStatus: 'requested', actorKind: 'staff' },
    ]);

    const mails = await outboxTo(world.partnerEmail);
    const mail = mails.find((m) => m.body.includes(view.id as string));
    expect(mail).toMatchObject({ kind: 'referral.partner_link', status: 'pending' });
    expect(mail?.body).toContain(
      `https://kentro.example.gr/partner/referrals/${view.id as string}?token=`,
    );
    // E-mail is not a safe channel: no name, no reason in it.
    expect(mail?.body).not.toContain('Παπαδοπούλου');
    expect(mail?.body).not.toContain('απώλεια');

    const timeline = await worker.get(`/api/residents/${world.residentId}/timeline?limit=50`);
    const kinds = (timeline.json().items as { kind: string; details: unknown }[]).filter((e) =>
      e.kind.startsWith('referral.'),
    );
    expect(kinds[0]).toMatchObject({
      kind: 'referral.created',
      details: {
        urgency: 'urgent',
        destination: expect.stringContaining('Συμβουλευτική') as string,
      },
    });
  });

  it('refers to an outside organization by name and address', async () => {
    const response = await refer(worker, {
      serviceId: undefined,
      externalOrganization: 'Σύλλογος Εθελοντών Αμαρουσίου',
      partnerEmail: 'syllogos@example.gr',
      urgency: 'routine',
      dueOn: '2099-01-31',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      destination: { kind: 'external', name: 'Σύλλογος Εθελοντών Αμαρουσίου' },
      dueOn: '2099-01-31',
    });
    expect(await outboxTo('syllogos@example.gr')).toHaveLength(1);
  });

  it('names the missing destination and the bad due date, changing nothing', async () => {
    const before = await countReferrals();
    const none = await refer(worker, { serviceId: undefined });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ field: 'body.serviceId' });
    const past = await refer(worker, { dueOn: '2020-01-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].message).toContain('Προθεσμία απάντησης');
    expect(await countReferrals()).toBe(before);
  });

  it("refuses another Center's private service, but takes a shared one", async () => {
    const before = await countReferrals();
    const privateOne = await refer(worker, { serviceId: other.serviceId });
    expect(privateOne.statusCode).toBe(422);
    expect(privateOne.json()).toMatchObject({
      code: 'directory_entry_unavailable',
      field: 'body.serviceId',
    });
    expect(privateOne.json().detail).toMatch(/άλλο Κέντρο/);
    expect(await countReferrals()).toBe(before);

    const sharedOrg = await seedOrganization(database.db, other.center.id, { shared: true });
    const shared = await insertService(database.db, other.center.id, sharedOrg, 'Κοινό ΚΕΠ', true);
    expect((await refer(worker, { serviceId: shared })).statusCode).toBe(201);
  });

  it('refuses a service that is no longer active, changing nothing', async () => {
    const before = await countReferrals();
    for (const status of ['defunct', 'inactive', 'temporarily closed'] as const) {
      const closed = await insertService(
        database.db,
        world.center.id,
        world.organizationId,
        status,
      );
      await database.db
        .updateTable('directory_services')
        .set({ status })
        .where('id', '=', closed)
        .execute();
      const response = await refer(worker, { serviceId: closed });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'directory_entry_unavailable',
        field: 'body.serviceId',
      });
    }
    expect(await countReferrals()).toBe(before);
  });

  it('answers 404 for a case the worker cannot see', async () => {
    const response = await refer(worker, { caseId: other.caseId });
    expect(response.statusCode).toBe(404);
  });
});

describe('destination lookup', () => {
  it("finds the Center's services regardless of accents and case, never another's private ones", async () => {
    const found = await worker.get(
      `/api/referrals/destinations?q=${encodeURIComponent('ΣΥΜΒΟΥΛΕΥΤΙΚΗ ψυχικης')}`,
    );
    expect(found.statusCode).toBe(200);
    const ids = (found.json().items as { serviceId: string }[]).map((i) => i.serviceId);
    expect(ids).toContain(world.serviceId);
    expect(ids).not.toContain(other.serviceId);
    expect(found.json().items[0]).toMatchObject({ referralEmail: world.partnerEmail });
  });
});

describe('consent', () => {
  let residentId: string;
  beforeAll(async () => {
    residentId = await database.db
      .insertInto('residents')
      .values({ center_id: world.center.id, surname: 'Γεωργίου', given_name: 'Νίκος' })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  });

  it('blocks a referral without recorded consent, in the caller language', async () => {
    const before = await countReferrals();
    const el = await refer(worker, { residentId, caseId: undefined });
    expect(el.statusCode).toBe(409);
    expect(el.json()).toMatchObject({ code: 'consent_required' });
    expect(el.json().detail).toContain('συγκατάθεση');
    const en = await (
      await signedIn(world.colleague, 'en')
    ).post('/api/referrals', {
      residentId,
      serviceId: world.serviceId,
      reason: 'x',
      urgency: 'routine',
      sharedCategories: [],
    });
    expect(en.json().detail).toContain('consent');
    // A social worker cannot override, even with a reason.
    const tried = await refer(worker, {
      residentId,
      caseId: undefined,
      consentOverrideReason: 'Επείγει',
    });
    expect(tried.json().code).toBe('consent_required');
    expect(await countReferrals()).toBe(before);
  });

  it('lets a coordinator override with a reason, recorded and audited', async () => {
    const response = await refer(coordinator, {
      residentId,
      caseId: undefined,
      consentOverrideReason: 'Κίνδυνος για την υγεία του· δεν μπορεί να υπογράψει σήμερα.',
    });
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view.consent).toEqual({
      kind: 'override',
      overrideReason: 'Κίνδυνος για την υγεία του· δεν μπορεί να υπογράψει σήμερα.',
      withdrawn: false,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'reason', 'actor_id'])
      .where('record_id', '=', view.id as string)
      .where('action', '=', 'referral.consent_override')
      .execute();
    expect(audit).toEqual([
      {
        action: 'referral.consent_override',
        reason: 'Κίνδυνος για την υγεία του· δεν μπορεί να υπογράψει σήμερα.',
        actor_id: world.coordinator.staff.id,
      },
    ]);
  });
});

describe('lifecycle through the staff API', () => {
  it('records a phoned-in answer and outcome, with history, timeline and closing time', async () => {
    const id = (await refer(worker)).json().id as string;
    const accept = await worker.post(`/api/referrals/${id}/status`, { status: 'accepted' });
    expect(accept.statusCode).toBe(200);
    const start = await worker.post(`/api/referrals/${id}/status`, { status: 'in_progress' });
    expect(start.json()).toMatchObject({ status: 'in_progress', closedAt: null });
    const missing = await worker.post(`/api/referrals/${id}/status`, {
      status: 'completed',
      outcome: 'not_delivered',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('body.reason');
    const done = await worker.post(`/api/referrals/${id}/status`, {
      status: 'completed',
      outcome: 'not_delivered',
      reason: 'resident_did_not_attend',
      note: 'Δεν εμφανίστηκε στα δύο ραντεβού.',
    });
    expect(done.statusCode).toBe(200);
    const view = done.json();
    expect(view).toMatchObject({
      status: 'completed',
      outcome: 'not_delivered',
      outcomeReason: 'resident_did_not_attend',
      outcomeNote: 'Δεν εμφανίστηκε στα δύο ραντεβού.',
      nextStatuses: [],
    });
    expect(view.closedAt).not.toBeNull();
    expect((view.history as { toStatus: string }[]).map((h) => h.toStatus)).toEqual([
      'requested',
      'accepted',
      'in_progress',
      'completed',
    ]);
    const timeline = await worker.get(`/api/residents/${world.residentId}/timeline?limit=100`);
    const mine = (timeline.json().items as { kind: string; sourceId: string; details: object }[])
      .filter((e) => e.sourceId === id)
      .map((e) => [e.kind, e.details]);
    expect(mine).toContainEqual([
      'referral.completed',
      expect.objectContaining({ outcome: 'not_delivered' }),
    ]);
    expect(mine).toContainEqual([
      'referral.status_changed',
      expect.objectContaining({ status: 'accepted' }),
    ]);

    // Closed: nothing moves it any more, and the refusal names both statuses in Greek.
    const again = await worker.post(`/api/referrals/${id}/status`, { status: 'cancelled' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_transition' });
    expect(again.json().detail).toBe('Δεν γίνεται η αλλαγή από «Ολοκληρώθηκε» σε «Ακυρώθηκε».');
  });

  it('cancels an open referral with a reason code', async () => {
    const id = (await refer(worker)).json().id as string;
    const bad = await worker.post(`/api/referrals/${id}/status`, {
      status: 'cancelled',
      reason: 'bored',
    });
    expect(bad.statusCode).toBe(400);
    const response = await worker.post(`/api/referrals/${id}/status`, {
      status: 'cancelled',
      reason: 'no_longer_needed',
    });
    expect(response.json()).toMatchObject({
      status: 'cancelled',
      statusReason: 'no_longer_needed',
    });
  });

  it('lets two answers race: exactly one wins', async () => {
    const id = (await refer(worker)).json().id as string;
    const answers = await Promise.all([
      worker.post(`/api/referrals/${id}/status`, { status: 'accepted' }),
      coordinator.post(`/api/referrals/${id}/status`, {
        status: 'rejected',
        reason: 'no_capacity',
      }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const changes = await database.db
      .selectFrom('referral_status_changes')
      .select('to_status')
      .where('referral_id', '=', id)
      .execute();
    expect(changes).toHaveLength(2);
  });
});

describe('who sees referrals', () => {
  it('shows case referrals to the case team and coordinator, not to other workers', async () => {
    const id = (await refer(worker)).json().id as string;
    expect((await worker.get(`/api/referrals/${id}`)).statusCode).toBe(200);
    expect((await coordinator.get(`/api/referrals/${id}`)).statusCode).toBe(200);
    expect((await colleague.get(`/api/referrals/${id}`)).statusCode).toBe(404);
    expect(
      (await colleague.post(`/api/referrals/${id}/status`, { status: 'cancelled' })).statusCode,
    ).toBe(404);
    const list = await colleague.get('/api/referrals');
    expect((list.json().items as { id: string }[]).map((r) => r.id)).not.toContain(id);
    const mine = await worker.get('/api/referrals?mine=true');
    expect((mine.json().items as { id: string }[]).map((r) => r.id)).toContain(id);
  });

  it('keeps another Center out of everything', async () => {
    const id = (await refer(worker)).json().id as string;
    const stranger = await signedIn(other.coordinator, 'el', 'referrals-b');
    expect((await stranger.get(`/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/referrals/${id}/letter.pdf`)).statusCode).toBe(404);
    expect(
      (await stranger.post(`/api/referrals/${id}/status`, { status: 'cancelled' })).statusCode,
    ).toBe(404);
    const list = await stranger.get('/api/referrals');
    expect((list.json().items as { id: string }[]).map((r) => r.id)).not.toContain(id);
  });

  it('lists the overdue ones', async () => {
    const id = (await refer(worker)).json().id as string;
    await database.db
      .updateTable('referrals')
      .set({ due_on: '2020-01-01' })
      .where('id', '=', id)
      .execute();
    const overdue = await worker.get('/api/referrals?overdue=true');
    const items = overdue.json().items as { id: string; overdue: boolean }[];
    expect(items.find((r) => r.id === id)).toMatchObject({ overdue: true });
    expect(items.every((r) => r.overdue)).toBe(true);
  });
});

describe('the referral letter', () => {
  it('is a Greek PDF with the shared data only, and its reading is audited', async () => {
    const id = (await refer(worker, { sharedCategories: ['identity'] })).json().id as string;
    const response = await worker.get(`/api/referrals/${id}/letter.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await readPdfText(response.rawPayload)).join('\n');
    expect(text).toContain('Παραπομπή');
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('Επείγουσα');
    expect(text).toContain('Συμβουλευτική ενηλίκων');
    expect(text).toContain('ψυχολογική υποστήριξη');
    expect(text).toContain(world.center.name_el);
    // Not shared: contact details and registry numbers.
    expect(text).not.toContain('6912345678');
    expect(text).not.toContain('15038012345');
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', id)
      .where('action', '=', 'referral.letter')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('anonymisation', () => {
  it("clears the referral's free text, its history notes and the override reason", async () => {
    const w = await seedReferralWorld(database.db, testApp.keyRing, 'referrals-gdpr', {
      consent: false,
    });
    const boss = await signedIn(w.coordinator, 'el', 'referrals-gdpr');
    const created = await boss.post('/api/referrals', {
      residentId: w.residentId,
      serviceId: w.serviceId,
      reason: 'Ιστορικό βίας στο σπίτι.',
      urgency: 'stat',
      sharedCategories: ['identity'],
      consentOverrideReason: 'Άμεσος κίνδυνος.',
    });
    const id = created.json().id as string;
    await boss.post(`/api/referrals/${id}/status`, {
      status: 'rejected',
      reason: 'no_capacity',
      note: 'Η κυρία Ελένη να ξαναέρθει τον Μάιο.',
    });
    await database.db
      .updateTable('cases')
      .set({ status: 'closed', outcome: 'other', closed_at: new Date() })
      .where('id', '=', w.caseId)
      .execute();
    await database.db
      .transaction()
      .execute((trx) =>
        eraseResident(
          trx,
          { centerId: w.center.id, staffId: null, role: null, ip: null },
          w.residentId,
          'Αίτημα διαγραφής',
        ),
      );
    const row = await database.db
      .selectFrom('referrals')
      .select([
        'reason',
        'status_note',
        'consent_override_reason',
        'status',
        'status_reason',
        'urgency',
      ])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    // Free text gone; the facts statistics count stay.
    expect(row).toEqual({
      reason: null,
      status_note: null,
      consent_override_reason: null,
      status: 'rejected',
      status_reason: 'no_capacity',
      urgency: 'stat',
    });
    const notes = await database.db
      .selectFrom('referral_status_changes')
      .select(['note', 'reason'])
      .where('referral_id', '=', id)
      .execute();
    expect(notes.every((n) => n.note === null)).toBe(true);
    expect(notes.map((n) => n.reason)).toContain('no_capacity');
  });
});

describe('partner accounts in staff administration', () => {
  it('creates a partner account only with an organization of the directory', async () => {
    const admin = await seedStaff(database.db, testApp.keyRing, world.center, 'administrator');
    const client = new TestClient(testApp.app, 'el');
    await client.signIn(admin, 'referrals-a');
    const without = await client.post('/api/staff', {
      username: 'kpsy.partner',
      displayName: 'ΚΨΥ Αμαρουσίου',
      role: 'partner',
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors[0]).toMatchObject({ field: 'body.partnerOrganizationId' });
    const foreign = await client.post('/api/staff', {
      username: 'kpsy.partner',
      displayName: 'ΚΨΥ Αμαρουσίου',
      role: 'partner',
      partnerOrganizationId: other.organizationId,
    });
    expect(foreign.json().code).toBe('directory_entry_unavailable');
    const options = await client.get('/api/staff/partner-organizations');
    expect((options.json().items as { id: string }[]).map((o) => o.id)).toContain(
      world.organizationId,
    );
    const created = await client.post('/api/staff', {
      username: 'kpsy.partner',
      displayName: 'ΚΨΥ Αμαρουσίου',
      role: 'partner',
      partnerOrganizationId: world.organizationId,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().staff).toMatchObject({
      role: 'partner',
      partnerOrganizationId: world.organizationId,
    });
    // Another role: the organization goes.
    const changed = await client.patch(`/api/staff/${created.json().staff.id as string}`, {
      role: 'reception',
    });
    expect(changed.json()).toMatchObject({ role: 'reception', partnerOrganizationId: null });
  });
});

async function countReferrals(): Promise<number> {
  const row = await database.db
    .selectFrom('referrals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
