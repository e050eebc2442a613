import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { multipartBody, tinyPdf } from '../documents/test-files.js';
import { ANONYMOUS_NAME } from './anonymisation-plan.js';
import { SEALED_MARKER } from './export-mask.js';
import { runRetention, runRetentionExclusively } from './retention.service.js';
import {
  insertProfiledTestResident,
  insertTestTimelineEntry,
} from '../../../test/helpers/residents.js';

let database: TestDatabase;
let testApp: TestApp;
let dataDir: string;
let center: CenterRow;
let workerAccount: SeededStaff;
let worker: TestClient;
let dpo: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kt-gdpr-'));
  testApp = await createTestApp(database.db, { DATA_DIR: dataDir });
  center = await seedCenter(database.db, 'gdpr');
  workerAccount = await seedStaff(database.db, testApp.keyRing, center, 'social_worker');
  worker = new TestClient(testApp.app, 'en');
  await worker.signIn(workerAccount, 'gdpr');
  dpo = new TestClient(testApp.app, 'el');
  await dpo.signIn(await seedStaff(database.db, testApp.keyRing, center, 'auditor'), 'gdpr');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

async function tableExists(name: string): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`
    SELECT to_regclass(${name}) IS NOT NULL AS present`.execute(database.db);
  return rows[0]?.present ?? false;
}

async function uploadPdf(residentId: string): Promise<string> {
  const { payload, headers } = multipartBody(
    { type: 'consent_form' },
    { name: 'form.pdf', bytes: tinyPdf },
  );
  const response = await worker.request({
    method: 'POST',
    url: `/api/residents/${residentId}/documents`,
    payload,
    headers,
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

describe('consents', () => {
  it('keeps the history: a withdrawal is a new row and the latest is the current state', async () => {
    const residentId = await insertProfiledTestResident(database.db, center.id);
    const documentId = await uploadPdf(residentId);
    const url = `/api/residents/${residentId}/consents`;
    const given = await worker.post(url, {
      purpose: 'benefit_cross_checks',
      legalBasis: 'art6_1a_consent',
      status: 'given',
      documentId,
    });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({
      purpose: 'benefit_cross_checks',
      status: 'given',
      documentId,
      recordedBy: { id: workerAccount.staff.id },
    });
    const withdrawn = await worker.post(url, {
      purpose: 'benefit_cross_checks',
      legalBasis: 'art6_1a_consent',
      status: 'withdrawn',
    });
    expect(withdrawn.statusCode).toBe(201);

    const list = (await worker.get(url)).json().items;
    expect(list.map((c: { status: string }) => c.status)).toEqual(['withdrawn', 'given']);

    // Nothing in force to withdraw for another purpose.
    const nothing = await worker.post(url, {
      purpose: 'contact_reminders',
      legalBasis: 'art6_1a_consent',
      status: 'withdrawn',
    });
    expect(nothing.statusCode).toBe(409);

    const timeline = await database.db
      .selectFrom('timeline_entries')
      .select('kind')
      .where('resident_id', '=', residentId)
      .where('kind', '=', 'consent.recorded')
      .execute();
    expect(timeline).toHaveLength(2);
  });

  it('refuses a legal basis outside the vocabulary', async () => {
    const residentId = await insertProfiledTestResident(database.db, center.id);
    const response = await worker.post(`/api/residents/${residentId}/consents`, {
      purpose: 'case_management',
      legalBasis: 'because',
      status: 'given',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('body.legalBasis');
  });
});

describe('subject-access export', () => {
  it('contains the resident, the timeline, consents and who read the file, never sealed text', async () => {
    // A table of some future module, with a sealed note and a hash: found and masked generically.
    await sql`
      CREATE TABLE IF NOT EXISTS test_sealed_things (
        center_id uuid NOT NULL, resident_id uuid NOT NULL, note_sealed text, token_hash text)`.execute(
      database.db,
    );
    const residentId = await insertProfiledTestResident(database.db, center.id, {
      surname: 'Εξαγωγή',
    });
    await sql`
      INSERT INTO test_sealed_things VALUES
        (${center.id}, ${residentId}, 'v1:k:secret-ciphertext', 'deadbeef')`.execute(database.db);
    await worker.post(`/api/residents/${residentId}/consents`, {
      purpose: 'case_management',
      legalBasis: 'art6_1e',
      status: 'given',
    });
    await worker.get(`/api/residents/${residentId}/consents`);

    const response = await worker.get(`/api/residents/${residentId}/export?format=json`);
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.resident).toMatchObject({ id: residentId, surname: 'Εξαγωγή' });
    expect(data.center).toMatchObject({ id: center.id });
    expect(data.sections.timeline_entries).toContainEqual(
      expect.objectContaining({ kind: 'consent.recorded' }),
    );
    expect(data.sections.consents).toHaveLength(1);
    expect(data.sections.test_sealed_things).toEqual([
      { center_id: center.id, resident_id: residentId, note_sealed: SEALED_MARKER },
    ]);
    expect(response.body).not.toContain('secret-ciphertext');
    expect(response.body).not.toContain('deadbeef');
    expect(data.sections.audit_log).toContainEqual(
      expect.objectContaining({
        action: 'resident.consents.read',
        actor_name: 'Δοκιμή social_worker',
      }),
    );

    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', residentId)
      .where('action', '=', 'resident.export')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('prints a Greek HTML page with its own strict CSP, where a <script> name stays inert', async () => {
    const residentId = await insertProfiledTestResident(database.db, center.id, {
      surname: '<script>alert(1)</script>',
    });
    const response = await dpo.get(`/api/residents/${residentId}/export?format=html`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.body).toContain('<h1>Αντίγραφο προσωπικών δεδομένων');
    expect(response.body).not.toContain('<script>');
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is for roles with gdpr.export only, and scoped to the Center', async () => {
    const residentId = await insertProfiledTestResident(database.db, center.id);
    const desk = new TestClient(testApp.app, 'en');
    await desk.signIn(await seedStaff(database.db, testApp.keyRing, center, 'reception'), 'gdpr');
    expect((await desk.get(`/api/residents/${residentId}/export`)).statusCode).toBe(403);

    const other = await seedCenter(database.db, 'gdpr-other');
    const stranger = new TestClient(testApp.app, 'en');
    await stranger.signIn(
      await seedStaff(database.db, testApp.keyRing, other, 'social_worker'),
      'gdpr-other',
    );
    expect((await stranger.get(`/api/residents/${residentId}/export`)).statusCode).toBe(404);
  });
});

/** What statistics count about a resident: rows per table, and requests by axis and month. */
async function statistics(residentId: string) {
  const counts: Record<string, unknown> = {};
  for (const table of ['timeline_entries', 'requests', 'cases', 'counseling_participants']) {
    if (!(await tableExists(table))) continue;
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM ${sql.table(table)} WHERE resident_id = ${residentId}`.execute(
      database.db,
    );
    counts[table] = rows[0]?.n;
  }
  if (await tableExists('requests')) {
    const { rows } = await sql`
      SELECT axis, date_trunc('month', occurred_at) AS month, count(*) AS n FROM requests
      WHERE center_id = ${center.id} GROUP BY 1, 2 ORDER BY 1, 2`.execute(database.db);
    counts.requestsByAxisMonth = rows;
  }
  return counts;
}

async function insertRequest(residentId: string, notes: string) {
  await sql`
    INSERT INTO requests (center_id, resident_id, occurred_at, channel, axis, subject, outcome,
      duration_minutes, notes, staff_id)
    VALUES (${center.id}, ${residentId}, '2026-03-10T10:00:00Z', 'in_person', 'benefits',
      'Επίδομα θέρμανσης', 'answered', 15, ${notes}, ${workerAccount.staff.id})`.execute(
    database.db,
  );
}

describe('erasure by anonymisation', () => {
  it('is refused while a case is open', async () => {
    const residentId = await insertProfiledTestResident(database.db, center.id);
    // The cases table belongs to the cases module; this assertion needs it to exist.
    if (await tableExists('cases')) {
      await sql`
        INSERT INTO cases (center_id, resident_id, topics)
        VALUES (${center.id}, ${residentId}, ARRAY['housing'])`.execute(database.db);
      const refused = await dpo.post(`/api/residents/${residentId}/anonymise`, {
        reason: 'Αίτημα διαγραφής του ίδιου',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'erasure_refused', reason: 'open_case' });
      expect(refused.json().detail).toContain('ανοιχτή υπόθεση');
    }
    // Whether or not cases exist, only the DPO role may erase.
    const byWorker = await worker.post(`/api/residents/${residentId}/anonymise`, {
      reason: 'Αίτημα διαγραφής',
    });
    expect(byWorker.statusCode).toBe(403);
  });

  it('erases identity, documents and free text, and keeps every count statistics need', async () => {
    const residentId = await insertProfiledTestResident(database.db, center.id, {
      amka: '15038012345',
      afm: '123456783',
    });
    const documentId = await uploadPdf(residentId);
    await insertTestTimelineEntry(database.db, center.id, residentId, new Date('2026-02-01'));
    if (await tableExists('requests')) await insertRequest(residentId, 'Ζει με τον σύζυγο, ΑΜΚΑ …');
    const before = await statistics(residentId);

    const response = await dpo.post(`/api/residents/${residentId}/anonymise`, {
      reason: 'Αίτημα διαγραφής (άρθρο 17)',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().anonymisedAt).toEqual(expect.any(String));

    const { rows } = await sql<Record<string, unknown>>`
      SELECT * FROM residents WHERE id = ${residentId}`.execute(database.db);
    expect(rows[0]).toMatchObject({
      surname: ANONYMOUS_NAME,
      given_name: ANONYMOUS_NAME,
      father_name: null,
      amka: null,
      afm: null,
      mobile_phone: null,
      email: null,
      street: null,
      postcode: null,
      birth_date: '1980-07-01',
      gender: 'female',
      nationality: 'GR',
    });
    expect(rows[0]?.anonymised_at).toBeInstanceOf(Date);
    expect(await statistics(residentId)).toEqual(before);
    expect(
      await database.db.selectFrom('documents').where('id', '=', documentId).select('id').execute(),
    ).toEqual([]);
    expect(await readdir(path.join(dataDir, 'documents', center.id))).not.toContain(documentId);
    if (await tableExists('requests')) {
      const { rows: requests } = await sql<{ notes: string | null }>`
        SELECT notes FROM requests WHERE resident_id = ${residentId}`.execute(database.db);
      expect(requests).toEqual([{ notes: null }]);
    }
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['reason'])
      .where('action', '=', 'resident.anonymise')
      .where('record_id', '=', residentId)
      .execute();
    expect(audit).toEqual([{ reason: 'Αίτημα διαγραφής (άρθρο 17)' }]);

    const again = await dpo.post(`/api/residents/${residentId}/anonymise`, { reason: 'Ξανά τώρα' });
    expect(again.json()).toMatchObject({ code: 'erasure_refused', reason: 'already_anonymised' });
  });
});

describe('retention', () => {
  it('anonymises files past five years after the year of last contact, once', async () => {
    const retention = await seedCenter(database.db, 'retention');
    const old = await insertProfiledTestResident(database.db, retention.id, {
      created_at: new Date('2018-05-01T10:00:00Z'),
    });
    await insertTestTimelineEntry(database.db, retention.id, old, new Date('2024-12-31T20:00:00Z'));
    const recent = await insertProfiledTestResident(database.db, retention.id, {
      created_at: new Date('2018-05-01T10:00:00Z'),
    });
    await insertTestTimelineEntry(
      database.db,
      retention.id,
      recent,
      new Date('2025-01-01T10:00:00Z'),
    );
    const neverSeen = await insertProfiledTestResident(database.db, retention.id, {
      created_at: new Date('2019-03-01T10:00:00Z'),
    });

    const now = new Date('2030-06-01T09:00:00Z');
    const first = await runRetention(database.db, { now, retentionYears: 5 });
    expect(first.anonymised).toBeGreaterThanOrEqual(2);
    const names = await database.db
      .selectFrom('residents')
      .select(['id', 'surname'])
      .where('center_id', '=', retention.id)
      .execute();
    const surnameOf = (id: string) => names.find((r) => r.id === id)?.surname;
    expect(surnameOf(old)).toBe(ANONYMOUS_NAME);
    expect(surnameOf(neverSeen)).toBe(ANONYMOUS_NAME);
    expect(surnameOf(recent)).toBe('Παπαδοπούλου');

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['reason', 'actor_id'])
      .where('center_id', '=', retention.id)
      .where('action', '=', 'resident.anonymise')
      .execute();
    expect(audit).toEqual([
      { reason: 'retention', actor_id: null },
      { reason: 'retention', actor_id: null },
    ]);

    expect(await runRetentionExclusively(database.db, { now, retentionYears: 5 })).toEqual({
      anonymised: 0,
      skippedOpenCase: first.skippedOpenCase,
    });
  });
});
