import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connection.js';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import type { Axis, Channel } from '../src/modules/requests/requests.vocabulary.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../test/helpers/fixtures.js';
import { insertTestResident } from '../test/helpers/residents.js';
import { axeViolations, launchBrowser, startServer, signInStaff } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let coordinator: SeededStaff;

/** The year the dashboard opens on (the current one in Athens), and two months of it. */
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens', year: 'numeric' }).format(),
);
const march = `${year}-03`;
const april = `${year}-04`;

/** Six residents asked about benefits in March and one at the reception desk; in April two of
 * them came back and one new resident was referred. */
const benefitsInMarch = ['Αβραάμ', 'Βλάχου', 'Γεωργίου', 'Δημητρίου', 'Ευαγγέλου', 'Ζαχαρίου'];
const receptionInMarch = 'Ηλιοπούλου';
const newInApril = 'Θεοδώρου';

async function logRequest(
  db: Db,
  centerId: string,
  staffId: string,
  residentId: string,
  at: string,
  axis: Axis,
  channel: Channel = 'in_person',
): Promise<void> {
  await db
    .insertInto('requests')
    .values({
      center_id: centerId,
      resident_id: residentId,
      occurred_at: new Date(`${at}T09:00:00Z`),
      channel,
      axis,
      subject: 'Ενημέρωση',
      outcome: 'answered',
      duration_minutes: 10,
      staff_id: staffId,
    })
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const center = await seedCenter(db, 'reports-e2e');
  const keyRing = parseKeyRing(generateKeySpec('e2e-reports'));
  coordinator = await seedStaff(db, keyRing, center, 'coordinator');
  const desk = await seedStaff(db, keyRing, center, 'reception');
  const ids: Record<string, string> = {};
  for (const surname of [...benefitsInMarch, receptionInMarch, newInApril]) {
    ids[surname] = await insertTestResident(db, center.id, { surname, givenName: 'Μαρία' });
  }
  for (const [i, surname] of benefitsInMarch.entries()) {
    await logRequest(db, center.id, desk.staff.id, ids[surname]!, `${march}-${10 + i}`, 'benefits');
  }
  await logRequest(
    db,
    center.id,
    desk.staff.id,
    ids[receptionInMarch]!,
    `${march}-20`,
    'reception',
    'phone',
  );
  await logRequest(
    db,
    center.id,
    desk.staff.id,
    ids[benefitsInMarch[0]!]!,
    `${april}-07`,
    'benefits',
  );
  await logRequest(
    db,
    center.id,
    desk.staff.id,
    ids[benefitsInMarch[1]!]!,
    `${april}-08`,
    'benefits',
  );
  await logRequest(db, center.id, desk.staff.id, ids[newInApril]!, `${april}-09`, 'referral');
  server = await startServer(db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

function figure(page: Page, key: string) {
  return page.getByTestId(`figure-${key}`).locator('dd');
}

/** The first number of a report table's row (a drill link's hidden words follow it). */
async function firstNumber(page: Page, tableId: string, rowLabel: string): Promise<string> {
  const row = page
    .getByTestId(`report-table-${tableId}`)
    .locator('tr', { has: page.getByRole('rowheader', { name: rowLabel, exact: true }) });
  const text = (await row.locator('td').first().textContent()) ?? '';
  return text.split(' ')[0] ?? '';
}

/** The served and request counts of one month in the trend's data table (closed by default). */
async function trendRow(page: Page, monthLabel: string): Promise<string[]> {
  return page
    .getByTestId('trend-table')
    .locator('tr', { hasText: monthLabel })
    .locator('td')
    .allTextContents();
}

/** The rows of one table of an exported sheet: label → the cell of its first number. */
function exportedTable(sheet: ExcelJS.Worksheet, title: string): Map<string, unknown> {
  const rows = new Map<string, unknown>();
  let inside = false;
  sheet.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    if (label === title) inside = true;
    else if (inside && row.cellCount === 0) inside = false;
    else if (inside) rows.set(label, row.getCell(2).value);
  });
  return rows;
}

describe('the coordinators’ reports dashboard', () => {
  it('filters one month, drills into a number and exports XLSX', async () => {
    const page = await signInStaff(browser, server.url, coordinator);
    await page.getByRole('link', { name: 'Αναφορές' }).click();
    await page.getByRole('heading', { level: 1, name: 'Αναφορές και δείκτες' }).waitFor();
    await page.getByRole('heading', { name: `Αποτελέσματα: ${year}` }).waitFor();
    // The year: eight residents, ten requests, both months in the trend.
    expect(await figure(page, 'servedUnique').textContent()).toBe('8');
    expect(await figure(page, 'requests').textContent()).toBe('10');
    expect(await trendRow(page, `Μάρτιος ${year}`)).toEqual(['7', '7']);
    expect(await trendRow(page, `Απρίλιος ${year}`)).toEqual(['3', '3']);
    expect(await axeViolations(page)).toEqual([]);

    // One month: March.
    await page.getByRole('radio', { name: 'Μήνας' }).check();
    await page.getByRole('combobox', { name: 'Μήνας' }).selectOption({ label: `Μάρτιος ${year}` });
    await page.getByRole('button', { name: 'Εμφάνιση αναφοράς' }).click();
    await page.getByRole('heading', { name: `Αποτελέσματα: Μάρτιος ${year}` }).waitFor();
    expect(page.url()).toContain(`from=${march}-01&to=${march}-31`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('report-results');
    expect(await figure(page, 'servedUnique').textContent()).toBe('7');
    expect(await figure(page, 'newResidents').textContent()).toBe('7');
    expect(await figure(page, 'requests').textContent()).toBe('7');
    expect(await firstNumber(page, 'requests_by_axis', 'Παροχές')).toBe('6');
    const byAxis = page.getByTestId('report-table-requests_by_axis');
    expect(await byAxis.getByRole('link', { name: /Παραπομπή/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The view lives in the URL: Back returns to the year, Forward to March.
    await page.goBack();
    await page.getByRole('heading', { name: `Αποτελέσματα: ${year}` }).waitFor();
    expect(await page.getByRole('radio', { name: 'Έτος' }).isChecked()).toBe(true);
    await page.goForward();
    await page.getByRole('heading', { name: `Αποτελέσματα: Μάρτιος ${year}` }).waitFor();
    expect(await page.getByRole('radio', { name: 'Μήνας' }).isChecked()).toBe(true);

    // The six behind "benefits: 6", each a link to the resident's file.
    await byAxis.getByRole('link', { name: /Παροχές/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Οι δημότες πίσω από τον αριθμό' }).waitFor();
    await expect.poll(() => page.getByTestId('drill-total').textContent()).toBe('6 δημότες');
    const names = await page.getByTestId('drill-table').getByRole('link').allTextContents();
    expect(names).toEqual(benefitsInMarch.map((s) => `${s} Μαρία`));
    await expect
      .poll(() => page.getByTestId('drill-context').textContent())
      .toBe('ΠίνακαςΑιτήματα ανά άξοναΓραμμήΠαροχέςΑιτήματα6');
    expect(await axeViolations(page)).toEqual([]);
    const drillUrl = page.url();

    // Back to the same month's dashboard, then the XLSX file of it.
    await page.getByRole('link', { name: 'Πίσω στις αναφορές' }).click();
    await page.getByRole('heading', { name: `Αποτελέσματα: Μάρτιος ${year}` }).waitFor();
    expect(await page.getByRole('link', { name: 'Λήψη PDF' }).getAttribute('href')).toBe(
      `/api/reports/export?from=${march}-01&to=${march}-31&format=pdf&lang=el`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Λήψη XLSX (Excel)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Σύνοψη')!;
    const headline = new Map<string, unknown>();
    summary.eachRow((row) => headline.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(headline.get('Δημότες που εξυπηρετήθηκαν')).toBe(7);
    expect(headline.get('Αιτήματα')).toBe(7);
    const axes = exportedTable(workbook.getWorksheet('Δραστηριότητα')!, 'Αιτήματα ανά άξονα');
    expect(axes.get('Παροχές')).toBe(6);
    // One request at the desk is a small number: hidden in the file, exact on the screen.
    expect(axes.get('Υποδοχή και πληροφόρηση')).toBe('<5');
    expect(axes.get('Παραπομπή')).toBe(0);
    expect(await firstNumber(page, 'requests_by_axis', 'Υποδοχή και πληροφόρηση')).toBe('1');

    // In English too, the dashboard and the drill-down pass axe.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports and indicators' }).waitFor();
    await page.getByRole('heading', { name: `Results: March ${year}` }).waitFor();
    expect(await firstNumber(page, 'requests_by_axis', 'Benefits')).toBe('6');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(drillUrl);
    await page
      .getByRole('heading', { level: 1, name: 'The residents behind the number' })
      .waitFor();
    await expect.poll(() => page.getByTestId('drill-total').textContent()).toBe('6 residents');
    expect(await axeViolations(page)).toEqual([]);
  });
});
