import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedOrganization, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import { signLink } from '../appointments/booking/signed-links.js';
import { partnerLinkRecord } from './referral-mail.js';
import {
  giveReferralConsent,
  seedReferralWorld,
  type ReferralWorld,
} from './referrals.fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let world: ReferralWorld;
let worker: TestClient;
/** The public: no session at all, only the link. */
let anyone: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db, { PUBLIC_URL: 'https://kentro.example.gr' });
  world = await seedReferralWorld(database.db, testApp.keyRing, 'partner-a');
  worker = new TestClient(testApp.app, 'el');
  expect((await worker.signIn(world.worker)).statusCode).toBe(200);
  anyone = new TestClient(testApp.app, 'el');
  await anyone.get('/api/auth/csrf');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function referWithLink(sharedCategories: string[] = ['identity', 'contact']) {
  const response = await worker.post('/api/referrals', {
    residentId: world.residentId,
    caseId: world.caseId,
    serviceId: world.serviceId,
    reason: 'Αναζητά θέση σε πρόγραμμα απασχόλησης.',
    urgency: 'routine',
    sharedCategories,
  });
  expect(response.statusCode).toBe(201);
  const id = response.json().id as string;
  return { id, token: await latestLinkToken(id) };
}

/** The token of the newest partner e-mail of a referral, as the partner would click it. */
async function latestLinkToken(id: string): Promise<string> {
  const mail = await database.db
    .selectFrom('outbox_messages')
    .select('body')
    .where('kind', '=', 'referral.partner_link')
    .where('body', 'like', `%${id}%`)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const url = /https:\/\/kentro\.example\.gr(\/partner\/referrals\/\S+)/.exec(mail.body)?.[1] ?? '';
  return new URL(url, 'https://x').searchParams.get('token') ?? '';
}

const view = (id: string, token: string, client = anyone) =>
  client.get(`/api/public/referrals/${id}?token=${encodeURIComponent(token)}`);
const answer = (id: string, body: Record<string, unknown>, client = anyone) =>
  client.post(`/api/public/referrals/${id}/status`, body);

describe('the partner link', () => {
  it('shows only the shared categories', async () => {
    const { id, token } = await referWithLink(['contact']);
    const response = await view(id, token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id,
      status: 'requested',
      urgency: 'routine',
      reason: 'Αναζητά θέση σε πρόγραμμα απασχόλησης.',
      sharedCategories: ['contact'],
      nextStatuses: ['received', 'accepted', 'rejected'],
      caseWorker: { name: world.worker.staff.display_name },
    });
    expect(Object.keys(body.shared as object)).toEqual(['contact']);
    expect(body.shared.contact).toMatchObject({
      mobilePhone: '6912345678',
      email: 'eleni@example.gr',
    });
    const raw = response.body;
    // Not shared: name, birth date, registry numbers, case notes.
    for (const absent of ['Παπαδοπούλου', 'Ελένη', '1980-03-15', '15038012345', '123456789']) {
      expect(raw).not.toContain(absent);
    }
  });

  it('shows identity and case summary when shared, and audits every view as the link', async () => {
    await database.db
      .updateTable('cases')
      .set({ assessment_needs: 'Ανεργία 18 μηνών.', assessment_updated_at: new Date() })
      .where('id', '=', world.caseId)
      .execute();
    const { id, token } = await referWithLink(['identity', 'case_summary']);
    const body = (await view(id, token)).json();
    expect(body.shared).toEqual({
      identity: {
        surname: 'Παπαδοπούλου',
        givenName: 'Ελένη',
        fatherName: 'Γεώργιος',
        birthDate: '1980-03-15',
        gender: 'female',
      },
      caseSummary: { topics: ['Ψυχοκοινωνική υποστήριξη'], needs: 'Ανεργία 18 μηνών.' },
    });
    await view(id, token);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('record_id', '=', id)
      .where('action', '=', 'referral.partner_view')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor_id: null, details: { via: 'partner_link' } });
  });

  it('accepts, starts and records the outcome; the case worker is told', async () => {
    const { id, token } = await referWithLink();
    const accepted = await answer(id, { token, status: 'accepted' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      nextStatuses: ['in_progress', 'completed'],
    });
    await answer(id, { token, status: 'in_progress' });
    const done = await answer(id, {
      token,
      status: 'completed',
      outcome: 'delivered',
      note: 'Εντάχθηκε.',
    });
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'delivered' });

    const history = await database.db
      .selectFrom('referral_status_changes')
      .select(['to_status', 'actor_kind', 'actor_id'])
      .where('referral_id', '=', id)
      .orderBy('at')
      .execute();
    expect(history.slice(1)).toEqual([
      { to_status: 'accepted', actor_kind: 'partner_link', actor_id: null },
      { to_status: 'in_progress', actor_kind: 'partner_link', actor_id: null },
      { to_status: 'completed', actor_kind: 'partner_link', actor_id: null },
    ]);
    const notices = await database.db
      .selectFrom('notifications')
      .select(['kind', 'details'])
      .where('recipient_id', '=', world.worker.staff.id)
      .where('kind', '=', 'referral.answered')
      .execute();
    expect(
      notices.filter((n) => (n.details as { referralId: string }).referralId === id),
    ).toHaveLength(3);

    // Closed: the link is used up, for viewing and for answering; nothing changes.
    const used = await view(id, token);
    expect(used.statusCode).toBe(409);
    expect(used.json()).toMatchObject({ code: 'link_used' });
    expect((await answer(id, { token, status: 'accepted' })).json().code).toBe('link_used');
  });

  it('rejects with a reason code, and says which reasons are allowed', async () => {
    const { id, token } = await referWithLink();
    const noReason = await answer(id, { token, status: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'body.reason' });
    const cancel = await answer(id, { token, status: 'cancelled' });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().detail).toBe('Δεν γίνεται η αλλαγή από «Απεστάλη» σε «Ακυρώθηκε».');
    const rejected = await answer(id, {
      token,
      status: 'rejected',
      reason: 'out_of_area',
      note: 'Εκτός περιοχής.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', statusReason: 'out_of_area' });
    const row = await database.db
      .selectFrom('referrals')
      .select(['closed_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.closed_at).not.toBeNull();
  });

  it('refuses forged, altered, expired and borrowed links with a localized 403, changing nothing', async () => {
    const { id, token } = await referWithLink();
    const { id: otherId } = await referWithLink();
    const record = partnerLinkRecord({ id, linkGeneration: 1 });
    const expired = signLink(testApp.keyRing, {
      centerId: world.center.id,
      recordId: record,
      action: 'referral_partner',
      expiresAt: new Date(Date.now() - 1000),
    });
    const wrongAction = signLink(testApp.keyRing, {
      centerId: world.center.id,
      recordId: record,
      action: 'cancel',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [
      expired,
      wrongAction,
      altered,
      'forged',
      token.replace(world.center.id, randomCenter()),
    ]) {
      const response = await view(id, bad);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'link_invalid' });
      expect(response.json().detail).toMatch(/σύνδεσμος/);
      expect((await answer(id, { token: bad, status: 'accepted' })).statusCode).toBe(403);
    }
    // A valid link of one referral opens no other.
    expect((await view(otherId, token)).statusCode).toBe(403);
    const english = new TestClient(testApp.app, 'en');
    expect((await view(id, expired, english)).json().detail).toMatch(/link/);
    const row = await database.db
      .selectFrom('referrals')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('requested');
  });
});

describe('a fresh link', () => {
  it('revokes the links sent before it, and works itself', async () => {
    const { id, token: first } = await referWithLink();
    expect((await view(id, first)).statusCode).toBe(200);
    const resent = await worker.post(`/api/referrals/${id}/resend-link`, {});
    expect(resent.statusCode).toBe(200);
    const second = await latestLinkToken(id);
    expect(second).not.toBe(first);
    const revoked = await view(id, first);
    expect(revoked.statusCode).toBe(403);
    expect(revoked.json()).toMatchObject({ code: 'link_invalid' });
    expect((await answer(id, { token: first, status: 'accepted' })).statusCode).toBe(403);
    expect((await answer(id, { token: second, status: 'accepted' })).json()).toMatchObject({
      status: 'accepted',
    });
  });
});

describe('partner accounts', () => {
  let partner: TestClient;
  let partnerAccount: SeededStaff;
  let theirs: string;
  let notTheirs: string;

  beforeAll(async () => {
    partnerAccount = await seedStaff(database.db, testApp.keyRing, world.center, 'partner', {
      partnerOrganizationId: world.organizationId,
    });
    partner = new TestClient(testApp.app, 'el');
    expect((await partner.signIn(partnerAccount)).statusCode).toBe(200);
    theirs = (await referWithLink(['identity'])).id;
    const elsewhere = await seedOrganization(database.db, world.center.id, { name: 'ΚΕΠ' });
    const created = await worker.post('/api/referrals', {
      residentId: world.residentId,
      organizationId: elsewhere,
      reason: 'Βεβαίωση.',
      urgency: 'routine',
      sharedCategories: ['identity'],
    });
    notTheirs = created.json().id as string;
  });

  it('lists and answers the referrals sent to its organization', async () => {
    const list = await partner.get('/api/partner/referrals');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; residentName: string | null }[];
    expect(items.map((i) => i.id)).toContain(theirs);
    expect(items.map((i) => i.id)).not.toContain(notTheirs);
    expect(items.find((i) => i.id === theirs)?.residentName).toBe('Ελένη Παπαδοπούλου');
    const one = await partner.get(`/api/partner/referrals/${theirs}`);
    expect(Object.keys(one.json().shared as object)).toEqual(['identity']);
    const accepted = await partner.post(`/api/partner/referrals/${theirs}/status`, {
      status: 'accepted',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const change = await database.db
      .selectFrom('referral_status_changes')
      .select(['actor_kind', 'actor_id'])
      .where('referral_id', '=', theirs)
      .where('to_status', '=', 'accepted')
      .executeTakeFirstOrThrow();
    expect(change).toEqual({ actor_kind: 'staff', actor_id: partnerAccount.staff.id });
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('record_id', '=', theirs)
      .where('action', '=', 'referral.partner_view')
      .where('actor_id', '=', partnerAccount.staff.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('sees nothing else: other referrals, residents, cases, staff routes', async () => {
    expect((await partner.get(`/api/partner/referrals/${notTheirs}`)).statusCode).toBe(404);
    expect(
      (await partner.post(`/api/partner/referrals/${notTheirs}/status`, { status: 'accepted' }))
        .statusCode,
    ).toBe(404);
    expect((await partner.get(`/api/referrals/${theirs}`)).statusCode).toBe(403);
    expect((await partner.get('/api/referrals')).statusCode).toBe(403);
    expect((await partner.get(`/api/referrals/${theirs}/letter.pdf`)).statusCode).toBe(403);
    expect((await partner.get(`/api/residents/${world.residentId}`)).statusCode).toBe(403);
    expect((await partner.get(`/api/cases/${world.caseId}`)).statusCode).toBe(403);
    expect((await partner.get('/api/cases')).statusCode).toBe(403);
    expect((await partner.get(`/api/residents/${world.residentId}/timeline`)).statusCode).toBe(403);
    // And staff cannot use the partner routes.
    expect((await worker.get('/api/partner/referrals')).statusCode).toBe(403);
  });
});

/** What must not reach a partner once sharing stopped: name, birth date, AMKA, AFM, phone. */
const RESIDENT_DATA = [
  'Παπαδοπούλου',
  'Ελένη',
  '1980-03-15',
  '15038012345',
  '123456789',
  '6912345678',
];

describe('when sharing stops', () => {
  let partner: TestClient;

  beforeAll(async () => {
    const account = await seedStaff(database.db, testApp.keyRing, world.center, 'partner', {
      partnerOrganizationId: world.organizationId,
    });
    partner = new TestClient(testApp.app, 'el');
    expect((await partner.signIn(account)).statusCode).toBe(200);
  });

  it('a withdrawn consent hides the resident from the link and the account, and says so', async () => {
    const { id, token } = await referWithLink(['identity', 'identifiers', 'contact']);
    const before = (await view(id, token)).json();
    expect(before).toMatchObject({ consentWithdrawn: false });
    expect(before.shared.identifiers).toEqual({ amka: '15038012345', afm: '123456789' });

    await giveReferralConsent(
      database.db,
      world.center.id,
      world.residentId,
      world.worker,
      'withdrawn',
    );
    try {
      const byLink = await view(id, token);
      expect(byLink.statusCode).toBe(200);
      expect(byLink.json()).toMatchObject({ id, status: 'requested', consentWithdrawn: true });
      expect(byLink.json().shared).toEqual({});
      const byAccount = await partner.get(`/api/partner/referrals/${id}`);
      expect(byAccount.json()).toMatchObject({ consentWithdrawn: true, shared: {} });
      const list = await partner.get('/api/partner/referrals');
      const line = (list.json().items as { id: string; residentName: string | null }[]).find(
        (i) => i.id === id,
      );
      expect(line?.residentName).toBeNull();
      // Answering still works (e.g. to reject), and its reply shares nothing either.
      const answered = await answer(id, { token, status: 'received' });
      expect(answered.json()).toMatchObject({ status: 'received', consentWithdrawn: true });
      for (const body of [byLink.body, byAccount.body, list.body, answered.body]) {
        for (const absent of RESIDENT_DATA) expect(body).not.toContain(absent);
      }
      // The case worker sees it on the referral too.
      const staffView = await worker.get(`/api/referrals/${id}`);
      expect(staffView.json().consent).toMatchObject({ kind: 'given', withdrawn: true });
    } finally {
      await giveReferralConsent(database.db, world.center.id, world.residentId, world.worker);
    }
    // Given again: the referral's data is shared again.
    expect((await view(id, token)).json().shared.identity).toBeDefined();
  });

  it('a closed referral shows the partner account its status and outcome, not the data', async () => {
    const { id } = await referWithLink(['identity', 'identifiers']);
    const open = await partner.get(`/api/partner/referrals/${id}`);
    expect(open.json().shared.identity).toBeDefined();
    await partner.post(`/api/partner/referrals/${id}/status`, { status: 'accepted' });
    const done = await partner.post(`/api/partner/referrals/${id}/status`, {
      status: 'completed',
      outcome: 'delivered',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'delivered', shared: {} });
    const closed = await partner.get(`/api/partner/referrals/${id}`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'completed',
      outcome: 'delivered',
      shared: {},
      nextStatuses: [],
    });
    const list = await partner.get('/api/partner/referrals');
    const line = (list.json().items as { id: string; residentName: string | null }[]).find(
      (i) => i.id === id,
    );
    expect(line).toMatchObject({ status: 'completed', residentName: null });
    for (const body of [done.body, closed.body]) {
      for (const absent of RESIDENT_DATA) expect(body).not.toContain(absent);
    }
  });
});

function randomCenter(): string {
  return '00000000-0000-4000-8000-000000000000';
}
