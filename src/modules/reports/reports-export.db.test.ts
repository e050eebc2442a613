import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import type { CenterRow } from '../centers/centers.repository.js';
import { seedReportDataset } from './test-report-dataset.js';

/**
 * Exports of the hand-made Center's 2025 (test-report-dataset.ts), read back as a funder would:
 * requests 7 (benefits 5, reception 2), residents served 7, new 6, returning 1, ESF+ women 3.
 */
let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let coordinator: TestClient;
let worker: TestClient;
const ids: Record<string, string> = {};

const exportUrl = (format: string, lang = 'el') =>
  `/api/reports/export?from=2025-01-01&to=2025-12-31&format=${format}&lang=${lang}`;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const db = database.db;
  center = await seedCenter(db, 'reports-export');
  const coord = await seedStaff(db, testApp.keyRing, center, 'coordinator');
  const social = await seedStaff(db, testApp.keyRing, center, 'social_worker');
  const second = await seedStaff(db, testApp.keyRing, center, 'social_worker');
  Object.assign(ids, {
    coordinator: coord.staff.id,
    worker: social.staff.id,
    second: second.staff.id,
  });
  coordinator = new TestClient(testApp.app, 'el');
  await coordinator.signIn(coord, center.slug);
  worker = new TestClient(testApp.app, 'el');
  await worker.signIn(social, center.slug);
  await seedReportDataset(db, center.id, ids);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function download(format: string, lang = 'el') {
  const response = await coordinator.request({ method: 'GET', url: exportUrl(format, lang) });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-disposition']).toBe(
    `attachment; filename="koinotita-report-2025-01-01-2025-12-31.${format}"`,
  );
  return response;
}

describe('exports', () => {
  it('writes CSV in UTF-8 with a byte-order mark, `;` and Greek text, small counts as <5', async () => {
    const response = await download('csv');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toContain('Δημότες που εξυπηρετήθηκαν;7');
    expect(lines).toContain('Νέοι δημότες;6');
    expect(lines).toContain('Επανερχόμενοι δημότες;<5');
    expect(lines).toContain('Ποσοστό μη προσέλευσης;<5');
    expect(lines).toContain('Παροχές;5');
    expect(lines).toContain('Υποδοχή και πληροφόρηση;<5');
    expect(lines).toContain('Συμβουλευτική;0');
    // ΕΕΕ: 1 new application, 2 approved, €350.50 — all about fewer than five people.
    expect(lines.find((l) => l.startsWith('Ελάχιστο Εγγυημένο Εισόδημα'))).toBe(
      'Ελάχιστο Εγγυημένο Εισόδημα (ΕΕΕ);<5;<5;0;<5',
    );
    expect(lines).toContain('Συμμετέχοντες;6;<5;<5;0;<5');
  });

  it('writes XLSX with a sheet per group under Greek names, numbers as numbers', async () => {
    const response = await download('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Σύνοψη',
      'Δραστηριότητα',
      'Δείκτες ΕΚΤ+',
    ]);
    const valueAfter = (sheetName: string, label: string, column = 2) => {
      const sheet = workbook.getWorksheet(sheetName);
      let found: unknown;
      sheet?.eachRow((row) => {
        // The last match: a table's header may carry the word of its one row.
        if (row.getCell(1).value === label) found = row.getCell(column).value;
      });
      return found;
    };
    expect(valueAfter('Σύνοψη', 'Δημότες που εξυπηρετήθηκαν')).toBe(7);
    expect(valueAfter('Σύνοψη', 'Επανερχόμενοι δημότες')).toBe('<5');
    expect(valueAfter('Δραστηριότητα', 'Παροχές')).toBe(5);
    expect(valueAfter('Δραστηριότητα', 'Υποδοχή και πληροφόρηση')).toBe('<5');
    expect(valueAfter('Δείκτες ΕΚΤ+', 'Συμμετέχοντες')).toBe(6);
    expect(valueAfter('Δείκτες ΕΚΤ+', 'Άγνωστη ηλικία')).toBe('<5');
    expect(valueAfter('Δείκτες ΕΚΤ+', 'Κάτω των 18', 3)).toBe(0); // women under 18
  });

  it('writes a PDF whose text holds the Greek titles and the suppressed figures', async () => {
    const response = await download('pdf');
    const text = (await readPdfText(response.rawPayload)).join('\n');
    expect(text).toContain('Αναφορά δραστηριότητας');
    expect(text).toContain('Περίοδος: 2025-01-01 – 2025-12-31');
    expect(text).toMatch(/Δημότες που εξυπηρετήθηκαν\s*7/);
    expect(text).toMatch(/Παροχές\s*5/);
    expect(text).toMatch(/Υποδοχή και πληροφόρηση\s*<5/);
    expect(text).toContain('Δείκτες ΕΚΤ+');
    expect(text).toContain('Ευάλωτες ομάδες');
  });

  it('writes English when asked', async () => {
    const lines = (await download('csv', 'en')).rawPayload.toString('utf8').split('\r\n');
    expect(lines).toContain('Residents served;7');
    expect(lines).toContain('Benefits;5');
  });

  it('audits every export with its period and format, never a figure or a name', async () => {
    const before = await auditedExports();
    await download('xlsx');
    const after = await auditedExports();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      format: 'xlsx',
      lang: 'el',
      from: '2025-01-01',
      to: '2025-12-31',
      definitionsVersion: 'esf-plus-2021-v1',
    });
  });

  it('is for the coordinator only', async () => {
    expect((await worker.get(exportUrl('csv'))).statusCode).toBe(403);
    expect((await coordinator.get(exportUrl('docx'))).statusCode).toBe(400);
  });
});

async function auditedExports(): Promise<Record<string, unknown>[]> {
  const rows = await database.db
    .selectFrom('audit_log')
    .select('details')
    .where('center_id', '=', center.id)
    .where('action', '=', 'report.export')
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.details ?? {});
}
