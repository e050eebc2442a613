import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import type { Role } from '../../db/types.js';
import { roles } from '../auth/permissions.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { insertTestResident } from '../../../test/helpers/residents.js';

let database: TestDatabase;
let testApp: TestApp;
let centerA: CenterRow;
const staff = {} as Record<Role, SeededStaff>;
const as = {} as Record<Role, TestClient>;
let colleague: SeededStaff; // a second psychologist, the one who receives grants
let asColleague: TestClient;
let asCenterB: TestClient;
let secondCoordinator: SeededStaff;
let disabledCoordinator: SeededStaff;
let residentA: string;
let residentB: string;
let caseA: string;
let caseB: string;

const SECRET = 'Η κυρία αναφέρει κρίσεις πανικού μετά την έξωση';
const REASON = 'Κίνδυνος για τη ζωή της δημότισσας, η συντάκτρια απουσιάζει';

async function signedIn(account: SeededStaff, center: string): Promise<TestClient> {
  const client = new TestClient(testApp.app, 'en');
  const response = await client.signIn(account, center);
  expect(response.statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  centerA = await seedCenter(database.db, 'counsel-a');
  const centerB = await seedCenter(database.db, 'counsel-b');
  for (const role of roles) {
    staff[role] = await seedStaff(database.db, testApp.keyRing, centerA, role);
    as[role] = await signedIn(staff[role], 'counsel-a');
  }
  colleague = await seedStaff(database.db, testApp.keyRing, centerA, 'psychologist');
  asColleague = await signedIn(colleague, 'counsel-a');
  secondCoordinator = await seedStaff(database.db, testApp.keyRing, centerA, 'coordinator');
  disabledCoordinator = await seedStaff(database.db, testApp.keyRing, centerA, 'coordinator');
  await database.db
    .updateTable('staff')
    .set({ status: 'disabled' })
    .where('id', '=', disabledCoordinator.staff.id)
    .execute();
  const psychologistB = await seedStaff(database.db, testApp.keyRing, centerB, 'psychologist');
  asCenterB = await signedIn(psychologistB, 'counsel-b');
  residentA = await insertTestResident(database.db, centerA.id, {
    surname: 'Παπαδοπούλου',
    givenName: 'Ελένη',
  });
  residentB = await insertTestResident(database.db, centerB.id, {
    surname: 'Γεωργίου',
    givenName: 'Νίκος',
  });
  caseA = await insertCase(centerA.id, residentA);
  caseB = await insertCase(centerB.id, residentB);
});

/** A case file with the columns of migration 0006 that have no default. */
async function insertCase(centerId: string, residentId: string): Promise<string> {
  const row = await database.db
    .insertInto('cases')
    .values({ center_id: centerId, resident_id: residentId, topics: ['στέγαση'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

/** A session held by the psychologist (the author) with Eleni, with a sealed note. */
async function newSession(note: string | null = SECRET) {
  const response = await as.psychologist.post('/api/counseling/sessions', {
    kind: 'individual',
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationMinutes: 50,
    participantResidentIds: [residentA],
    ...(note === null ? {} : { note }),
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
}

async function auditRows(action: string, recordId: string) {
  return database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('record_id', '=', recordId)
    .orderBy('seq')
    .execute();
}

describe('recording a session', () => {
  it('returns that it happened, seals the note, and puts only kind and duration on the timeline', async () => {
    const created = await as.psychologist.post('/api/counseling/sessions', {
      kind: 'family',
      startedAt: '2025-03-04T09:30:00.000Z',
      durationMinutes: 45,
      participantResidentIds: [residentA],
      caseId: caseA,
      note: SECRET,
    });
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toEqual({
      id: expect.any(String),
      kind: 'family',
      startedAt: '2025-03-04T09:30:00.000Z',
      durationMinutes: 45,
      caseId: caseA,
      participants: [{ residentId: residentA, name: 'Παπαδοπούλου Ελένη' }],
      author: {
        id: staff.psychologist.staff.id,
        displayName: staff.psychologist.staff.display_name,
      },
      hasNote: true,
      canReadNote: true,
      grantedTo: [],
      version: 1,
    });

    const raw = await database.db
      .selectFrom('counseling_sessions')
      .select('note_sealed')
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(raw.note_sealed).toMatch(/^v1:test:/);
    expect(raw.note_sealed).not.toContain(SECRET);
    expect(raw.note_sealed).not.toContain('πανικού');

    const timeline = await database.db
      .selectFrom('timeline_entries')
      .selectAll()
      .where('source_id', '=', view.id)
      .execute();
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({
      resident_id: residentA,
      kind: 'counseling.session',
      details: { kind: 'family', durationMinutes: 45 },
    });
    expect(await auditRows('counseling.session.create', view.id)).toHaveLength(1);
  });

  it('refuses residents and cases of another Center, sessions in the future and empty participant lists', async () => {
    const base = { kind: 'individual', durationMinutes: 30 };
    const foreign = await as.psychologist.post('/api/counseling/sessions', {
      ...base,
      startedAt: new Date().toISOString(),
      participantResidentIds: [residentB],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().field).toBe('body.participantResidentIds.0');

    for (const caseId of [caseB, '6f1c1b4e-8a0e-4d61-9d0e-7c1f3a2b9e10']) {
      const wrongCase = await as.psychologist.post('/api/counseling/sessions', {
        ...base,
        startedAt: new Date().toISOString(),
        participantResidentIds: [residentA],
        caseId,
      });
      expect(wrongCase.json()).toMatchObject({ code: 'validation_failed', field: 'body.caseId' });
    }

    const future = await as.psychologist.post('/api/counseling/sessions', {
      ...base,
      startedAt: new Date(Date.now() + 86_400_000).toISOString(),
      participantResidentIds: [residentA],
    });
    expect(future.json()).toMatchObject({ code: 'validation_failed', field: 'body.startedAt' });

    const nobody = await as.psychologist.post('/api/counseling/sessions', {
      ...base,
      startedAt: new Date().toISOString(),
      participantResidentIds: [],
    });
    expect(nobody.json()).toMatchObject({
      code: 'validation_failed',
      field: 'body.participantResidentIds',
    });
  });
});

describe('every role against one sealed session', () => {
  type Outcome = 200 | 'forbidden' | 'sealed';
  type Row = [list: Outcome, read: Outcome, write: Outcome, grant: Outcome, breakGlass: Outcome];
  const F = 'forbidden';
  const S = 'sealed';
  // The psychologist is the author; the colleague is another psychologist without a grant.
  const matrix: [Role | 'colleague', Row][] = [
    ['administrator', [F, F, F, F, F]],
    ['coordinator', [200, S, F, F, F]],
    ['social_worker', [200, S, S, S, 200]],
    ['psychologist', [200, 200, 200, 200, 200]],
    ['colleague', [200, S, S, S, 200]],
    ['reception', [200, S, F, F, F]],
    ['partner', [F, F, F, F, F]],
    ['auditor', [F, F, F, F, F]],
  ];

  it.each(matrix)('%s', async (who, [list, read, write, grant, breakGlass]) => {
    const expected = { list, read, write, grant, breakGlass };
    const client = who === 'colleague' ? asColleague : as[who];
    const session = await newSession();
    const url = `/api/counseling/sessions/${session.id}`;
    const responses = {
      list: await client.get(`/api/counseling/sessions?residentId=${residentA}`),
      read: await client.get(`${url}/note`),
      write: await client.put(`${url}/note`, { text: 'Νέο κείμενο', version: 1 }),
      grant: await client.post(`${url}/grants`, { staffId: colleague.staff.id }),
      breakGlass: await client.post(`${url}/break-glass`, { reason: REASON }),
    };
    for (const [action, response] of Object.entries(responses)) {
      const outcome = expected[action as keyof typeof expected];
      const got = response.statusCode === 200 ? 200 : response.json().code;
      expect({ action, got }).toEqual({ action, got: outcome });
      if (outcome !== 200) expect(response.statusCode).toBe(403);
    }
    if (expected.read === 200) expect(responses.read.json().text).toBe(SECRET);
    if (expected.list === 200) {
      const item = responses.list.json().items.find((s: { id: string }) => s.id === session.id);
      expect(item).toMatchObject({ hasNote: true, canReadNote: expected.read === 200 });
      expect(responses.list.body).not.toContain(SECRET);
    }
  });
});

describe('reception and the coordinator', () => {
  it.each<Role>(['reception', 'coordinator'])(
    '%s sees that the session happened but the note stays sealed',
    async (role) => {
      const session = await newSession();
      const list = await as[role].get(`/api/counseling/sessions?residentId=${residentA}`);
      expect(list.statusCode).toBe(200);
      const item = list.json().items.find((s: { id: string }) => s.id === session.id);
      expect(item).toMatchObject({
        kind: 'individual',
        durationMinutes: 50,
        hasNote: true,
        canReadNote: false,
        grantedTo: [],
      });
      expect(Object.keys(item)).not.toContain('text');
      expect(list.body).not.toContain(SECRET);

      const note = await as[role].get(`/api/counseling/sessions/${session.id}/note`);
      expect(note.statusCode).toBe(403);
      expect(note.json()).toMatchObject({ code: 'sealed' });
      expect(note.body).not.toContain(SECRET);
      // A refused read opens nothing, so it records no read.
      expect(await auditRows('counseling.note.read', session.id)).toHaveLength(0);
    },
  );
});

describe('grants', () => {
  it('a grantee reads after the grant, never writes or passes it on, and not after revocation', async () => {
    const session = await newSession();
    const url = `/api/counseling/sessions/${session.id}`;
    expect((await asColleague.get(`${url}/note`)).json().code).toBe('sealed');

    const granted = await as.psychologist.post(`${url}/grants`, { staffId: colleague.staff.id });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().grantedTo).toEqual([
      { id: colleague.staff.id, displayName: colleague.staff.display_name },
    ]);

    const read = await asColleague.get(`${url}/note`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ text: SECRET, version: 1 });
    const seen = (await asColleague.get(`/api/counseling/sessions?residentId=${residentA}`))
      .json()
      .items.find((s: { id: string }) => s.id === session.id);
    // Only the author learns who else holds access.
    expect(seen).toMatchObject({ canReadNote: true, grantedTo: [] });

    expect((await asColleague.put(`${url}/note`, { text: 'x', version: 1 })).json().code).toBe(
      'sealed',
    );
    const passOn = await asColleague.post(`${url}/grants`, {
      staffId: staff.social_worker.staff.id,
    });
    expect(passOn.json().code).toBe('sealed');

    const revoked = await as.psychologist.request({
      method: 'DELETE',
      url: `${url}/grants/${colleague.staff.id}`,
    });
    expect(revoked.json().grantedTo).toEqual([]);
    const after = await asColleague.get(`${url}/note`);
    expect(after.statusCode).toBe(403);
    expect(after.json().code).toBe('sealed');

    expect(await auditRows('counseling.note.grant', session.id)).toHaveLength(1);
    expect(await auditRows('counseling.note.revoke', session.id)).toHaveLength(1);
    const reads = await auditRows('counseling.note.read', session.id);
    expect(reads.map((row) => row.actor_id)).toEqual([colleague.staff.id]);
  });

  it('goes only to another active clinical colleague of the same Center', async () => {
    const session = await newSession();
    const url = `/api/counseling/sessions/${session.id}/grants`;
    for (const staffId of [
      staff.reception.staff.id,
      staff.coordinator.staff.id,
      staff.psychologist.staff.id,
    ]) {
      const refused = await as.psychologist.post(url, { staffId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'validation_failed', field: 'body.staffId' });
    }
    const foreign = (
      await database.db
        .selectFrom('staff')
        .select('id')
        .where('center_id', '!=', centerA.id)
        .executeTakeFirstOrThrow()
    ).id;
    expect((await as.psychologist.post(url, { staffId: foreign })).json().field).toBe(
      'body.staffId',
    );
  });
});

describe('reading and writing the note', () => {
  it('audits every read, in the transaction that reads', async () => {
    const session = await newSession();
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await as.psychologist.get(`/api/counseling/sessions/${session.id}/note`)).statusCode,
      ).toBe(200);
    }
    const reads = await auditRows('counseling.note.read', session.id);
    expect(reads).toHaveLength(3);
    expect(reads[0]).toMatchObject({
      actor_id: staff.psychologist.staff.id,
      actor_role: 'psychologist',
      entity: 'counseling_session',
    });
  });

  it('refuses a stale version and keeps the newer text', async () => {
    const session = await newSession();
    const url = `/api/counseling/sessions/${session.id}/note`;
    const first = await as.psychologist.put(url, { text: 'Δεύτερη μορφή', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ text: 'Δεύτερη μορφή', version: 2 });
    const stale = await as.psychologist.put(url, { text: 'Παλιά μορφή', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_record', field: 'body.version' });
    expect((await as.psychologist.get(url)).json()).toMatchObject({
      text: 'Δεύτερη μορφή',
      version: 2,
    });
  });

  it('lets the author start the note of a session recorded without one', async () => {
    const session = await newSession(null);
    const url = `/api/counseling/sessions/${session.id}/note`;
    expect((await as.psychologist.get(url)).json()).toEqual({
      text: '',
      updatedAt: null,
      version: 1,
    });
    const written = await as.psychologist.put(url, { text: 'Πρώτη καταγραφή', version: 1 });
    expect(written.json()).toMatchObject({ text: 'Πρώτη καταγραφή', version: 2 });
  });

  it('keeps only ciphertext at rest, and the text nowhere else in the database', async () => {
    await newSession();
    const leaks = await database.db
      .selectFrom('counseling_sessions')
      .select('id')
      .where('note_sealed', 'like', `%${SECRET}%`)
      .execute();
    expect(leaks).toHaveLength(0);
    for (const [table, column] of [
      ['audit_log', 'details'],
      ['timeline_entries', 'details'],
      ['notifications', 'details'],
    ] as const) {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM ${sql.table(table)}
         WHERE ${sql.ref(column)}::text LIKE ${'%κρίσεις πανικού%'}
      `.execute(database.db);
      expect(Number(rows[0]?.n)).toBe(0);
    }
  });
});

describe('break-glass', () => {
  it('needs a reason of 20 to 500 characters, naming the field', async () => {
    const session = await newSession();
    const url = `/api/counseling/sessions/${session.id}/break-glass`;
    for (const body of [
      {},
      { reason: 'λίγα λόγια' },
      { reason: ' '.repeat(40) },
      { reason: 'α'.repeat(501) },
    ]) {
      const refused = await as.social_worker.post(url, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'validation_failed', field: 'body.reason' });
      expect(refused.body).not.toContain(SECRET);
    }
    expect(await auditRows('counseling.note.break_glass', session.id)).toHaveLength(0);
  });

  it('returns the text, audits the reason and notifies every active coordinator and the author', async () => {
    const session = await newSession();
    const opened = await as.social_worker.post(
      `/api/counseling/sessions/${session.id}/break-glass`,
      { reason: REASON },
    );
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ text: SECRET, version: 1 });

    const [audit] = await auditRows('counseling.note.break_glass', session.id);
    expect(audit).toMatchObject({
      actor_id: staff.social_worker.staff.id,
      actor_role: 'social_worker',
      reason: REASON,
    });

    for (const coordinator of [as.coordinator, await signedIn(secondCoordinator, 'counsel-a')]) {
      const inbox = await coordinator.get('/api/notifications');
      expect(inbox.statusCode).toBe(200);
      const notice = inbox
        .json()
        .items.find((n: { details: { sessionId?: string } }) => n.details.sessionId === session.id);
      expect(notice).toMatchObject({
        kind: 'counseling.break_glass',
        readAt: null,
        details: {
          staffId: staff.social_worker.staff.id,
          reason: REASON,
          residentId: expect.any(String),
        },
      });
      expect(inbox.body).not.toContain(SECRET);
    }
    const recipients = await database.db
      .selectFrom('notifications')
      .select('recipient_id')
      .where(sql<boolean>`details @> ${JSON.stringify({ sessionId: session.id })}::jsonb`)
      .execute();
    expect(recipients.map((r) => r.recipient_id).sort()).toEqual(
      [staff.coordinator.staff.id, secondCoordinator.staff.id, staff.psychologist.staff.id].sort(),
    );
    expect(recipients.map((r) => r.recipient_id)).not.toContain(disabledCoordinator.staff.id);

    const authorInbox = (await as.psychologist.get('/api/notifications')).json().items;
    const forAuthor = authorInbox.find(
      (n: { details: { sessionId?: string } }) => n.details.sessionId === session.id,
    );
    const marked = await as.psychologist.post(`/api/notifications/${forAuthor.id}/read`);
    expect(marked.json().readAt).toEqual(expect.any(String));
    // Someone else's notification is not there for anyone else.
    expect((await as.reception.post(`/api/notifications/${forAuthor.id}/read`)).statusCode).toBe(
      404,
    );
  });
});

describe('tenancy', () => {
  it("Center B's staff find nothing of Center A's sessions", async () => {
    const session = await newSession();
    const url = `/api/counseling/sessions/${session.id}`;
    const attempts = [
      await asCenterB.get(`${url}/note`),
      await asCenterB.put(`${url}/note`, { text: 'x', version: 1 }),
      await asCenterB.post(`${url}/grants`, { staffId: colleague.staff.id }),
      await asCenterB.request({ method: 'DELETE', url: `${url}/grants/${colleague.staff.id}` }),
      await asCenterB.post(`${url}/break-glass`, { reason: REASON }),
      await asCenterB.get(`/api/counseling/sessions?residentId=${residentA}`),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect((await asCenterB.get('/api/counseling/sessions')).json().items).toEqual([]);
  });
});
