import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../test/helpers/fixtures.js';
import { axeViolations, launchBrowser, startServer, signInStaff } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let reception: SeededStaff;
let socialWorker: SeededStaff;
let psychologist: SeededStaff;
let residentUrl = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const center = await seedCenter(database.db, 'marousi-e2e');
  const keyRing = parseKeyRing(generateKeySpec('e2e-seed'));
  reception = await seedStaff(database.db, keyRing, center, 'reception');
  socialWorker = await seedStaff(database.db, keyRing, center, 'social_worker');
  psychologist = await seedStaff(database.db, keyRing, center, 'psychologist');
  server = await startServer(database.db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

function signIn(staff: SeededStaff): Promise<Page> {
  return signInStaff(browser, server.url, staff);
}

describe('residents at the Community Center', () => {
  it('reception registers a resident and logs a request with the keyboard alone', async () => {
    const page = await signIn(reception);
    await page.getByRole('link', { name: 'Δημότες' }).click();
    const box = page.getByLabel('Αναζήτηση δημότη');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Παπαδοπούλου');
    await expect.poll(() => page.getByTestId('search-status').textContent()).toMatch(/Βρέθηκ/);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Alt+N');
    await page.getByRole('heading', { name: 'Εγγραφή νέου δημότη' }).waitFor();
    await page.keyboard.type('Παπαδοπούλου');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Μαρία');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Γεώργιος');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/residents\/[0-9a-f-]{36}/);
    residentUrl = page.url().split('?')[0]!;
    await page.getByRole('heading', { level: 1, name: /Παπαδοπούλου Μαρία/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Καταγραφή αιτήματος' }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Θέμα').waitFor();
    await expect
      .poll(() => page.getByLabel('Θέμα').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.type('Επίδομα θέρμανσης');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByTestId('request-saved').waitFor();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('a social worker opens a case and sees it and the request on the timeline', async () => {
    const page = await signIn(socialWorker);
    await page.goto(`${residentUrl}/cases`);
    await page.getByLabel('Θέματα').first().fill('Στέγαση, Επισιτισμός');
    await page.getByRole('button', { name: 'Άνοιγμα φακέλου' }).click();
    await page.getByTestId('case-opened').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(residentUrl);
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent()).toContain('Άνοιγμα φακέλου');
    expect(await timeline.textContent()).toContain('Επίδομα θέρμανσης');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a psychologist records a counseling session with a sealed note', async () => {
    const page = await signIn(psychologist);
    await page.goto(`${residentUrl}/counseling`);
    await page.getByRole('link', { name: 'Νέα συνεδρία' }).click();
    await page
      .getByLabel('Σημειώσεις (σφραγισμένες)')
      .fill('Άγχος για τη στέγαση· επόμενη συνεδρία σε δύο εβδομάδες.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Αποθήκευση συνεδρίας' }).click();
    await page.waitForURL(/\/counseling$/);
    await page.getByRole('button', { name: 'Σημειώσεις' }).click();
    await expect.poll(() => page.getByLabel('Κείμενο σημειώσεων').inputValue()).toContain('Άγχος');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reception sees that the session happened but not what was said', async () => {
    const page = await signIn(reception);
    await page.goto(`${residentUrl}/counseling`);
    await page.getByTestId('sessions').getByRole('heading').first().waitFor();
    await page.getByRole('button', { name: 'Σημειώσεις' }).click();
    await page.getByTestId('note-sealed').waitFor();
    expect(await page.content()).not.toContain('Άγχος');
    expect(await axeViolations(page)).toEqual([]);
  });
});
