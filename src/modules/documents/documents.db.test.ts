import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { insertProfiledTestResident } from '../../../test/helpers/residents.js';
import { sha256Hex } from './document-content.js';
import { fakeExe, htmlPage, multipartBody, tinyPdf, tinyPng } from './test-files.js';

let database: TestDatabase;
let testApp: TestApp;
let dataDir: string;
let centerA: CenterRow;
let worker: TestClient;
let otherCenter: TestClient;
let residentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kt-documents-'));
  testApp = await createTestApp(database.db, { DATA_DIR: dataDir, UPLOAD_MAX_MB: '1' });
  centerA = await seedCenter(database.db, 'docs-a');
  const centerB = await seedCenter(database.db, 'docs-b');
  worker = new TestClient(testApp.app, 'en');
  await worker.signIn(
    await seedStaff(database.db, testApp.keyRing, centerA, 'social_worker'),
    'docs-a',
  );
  otherCenter = new TestClient(testApp.app, 'en');
  await otherCenter.signIn(
    await seedStaff(database.db, testApp.keyRing, centerB, 'social_worker'),
    'docs-b',
  );
  residentId = await insertProfiledTestResident(database.db, centerA.id);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

function upload(
  client: TestClient,
  file: { name: string; bytes: Buffer; contentType?: string },
  fields: Record<string, string> = { type: 'tax_assessment' },
  resident = residentId,
) {
  const { payload, headers } = multipartBody(fields, file);
  return client.request({
    method: 'POST',
    url: `/api/residents/${resident}/documents`,
    payload,
    headers,
  });
}

async function storedFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'documents', centerA.id);
  return readdir(root).catch(() => []);
}

async function documentRows(): Promise<number> {
  const rows = await database.db.selectFrom('documents').select('id').execute();
  return rows.length;
}

describe('uploading documents', () => {
  it('accepts a PDF, stores it with its checksum under DATA_DIR with private permissions', async () => {
    const response = await upload(worker, { name: 'Εκκαθαριστικό 2025.pdf', bytes: tinyPdf });
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({
      residentId,
      caseId: null,
      type: 'tax_assessment',
      fileName: 'Εκκαθαριστικό 2025.pdf',
      mediaType: 'application/pdf',
      sizeBytes: tinyPdf.length,
      sha256: sha256Hex(tinyPdf),
      uploadedBy: { displayName: 'Δοκιμή social_worker' },
    });
    const file = path.join(dataDir, 'documents', centerA.id, view.id);
    expect(await readFile(file)).toEqual(tinyPdf);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);

    const timeline = await database.db
      .selectFrom('timeline_entries')
      .select(['kind', 'source_id'])
      .where('resident_id', '=', residentId)
      .execute();
    expect(timeline).toContainEqual({ kind: 'document.added', source_id: view.id });
  });

  it('judges by content: a PNG named .pdf is stored as a PNG', async () => {
    const response = await upload(worker, {
      name: 'scan.pdf',
      bytes: tinyPng,
      contentType: 'application/pdf',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ mediaType: 'image/png', fileName: 'scan.pdf' });
  });

  it.each([
    ['a program named .pdf', fakeExe],
    ['an HTML page named .pdf', htmlPage],
  ])('refuses %s with 422 and stores nothing', async (_label, bytes) => {
    const rowsBefore = await documentRows();
    const filesBefore = await storedFiles();
    const response = await upload(worker, { name: 'invoice.pdf', bytes });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'upload_rejected', field: 'body.file' });
    expect(response.json().detail).toContain('1 MB');
    expect(await documentRows()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('refuses a file over the size limit with a localized message and stores nothing', async () => {
    const rowsBefore = await documentRows();
    const big = Buffer.concat([tinyPdf, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const greek = new TestClient(testApp.app, 'el');
    await greek.signIn(
      await seedStaff(database.db, testApp.keyRing, centerA, 'reception'),
      'docs-a',
    );
    const response = await upload(greek, { name: 'big.pdf', bytes: big });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'upload_rejected' });
    expect(response.json().detail).toBe('Δεκτά είναι αρχεία PDF, JPEG ή PNG έως 1 MB.');
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('validates the document type and needs the CSRF token like any other POST', async () => {
    const bad = await upload(worker, { name: 'a.pdf', bytes: tinyPdf }, { type: 'passport' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed', field: 'body.type' });

    const { payload, headers } = multipartBody(
      { type: 'other' },
      { name: 'a.pdf', bytes: tinyPdf },
    );
    const noCsrf = await worker.request({
      method: 'POST',
      url: `/api/residents/${residentId}/documents`,
      payload,
      headers: { ...headers, 'x-csrf-token': 'wrong' },
    });
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_failed' });
  });
});

describe('reading documents', () => {
  it('lists and downloads with the stored type, attachment name, nosniff, and an audit row', async () => {
    const created = (await upload(worker, { name: 'Μισθωτήριο.png', bytes: tinyPng })).json();
    const list = await worker.get(`/api/residents/${residentId}/documents`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((d: { id: string }) => d.id)).toContain(created.id);

    const download = await worker.get(`/api/documents/${created.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="__________.png"; filename*=UTF-8''${encodeURIComponent('Μισθωτήριο.png')}`,
    );
    expect(download.rawPayload).toEqual(tinyPng);

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'record_id'])
      .where('action', '=', 'document.download')
      .execute();
    expect(audit).toContainEqual({ action: 'document.download', record_id: created.id });
  });

  it('Center B cannot list, download or add to Center A’s documents', async () => {
    const created = (await upload(worker, { name: 'a.pdf', bytes: tinyPdf })).json();
    expect((await otherCenter.get(`/api/documents/${created.id}/content`)).statusCode).toBe(404);
    expect((await otherCenter.get(`/api/residents/${residentId}/documents`)).statusCode).toBe(404);
    const add = await upload(otherCenter, { name: 'x.pdf', bytes: tinyPdf });
    expect(add.statusCode).toBe(404);
  });

  it('reception may add documents but not read them', async () => {
    const desk = new TestClient(testApp.app, 'en');
    await desk.signIn(
      await seedStaff(database.db, testApp.keyRing, centerA, 'reception'),
      'docs-a',
    );
    expect((await upload(desk, { name: 'id.jpg', bytes: tinyPng })).statusCode).toBe(201);
    expect((await desk.get(`/api/residents/${residentId}/documents`)).statusCode).toBe(403);
  });
});
