import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import { ensureFirstRun } from '../src/modules/centers/first-run.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { seedStaff, type SeededStaff } from '../test/helpers/fixtures.js';
import { axeViolations, launchBrowser, signInStaff, startServer } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let coordinator: SeededStaff;

beforeAll(async () => {
  database = await createTestDatabase();
  // The first run seeds the sample directory of the new Center.
  await ensureFirstRun(database.db);
  const center = await database.db
    .selectFrom('centers')
    .selectAll()
    .where('slug', '=', 'marousi')
    .executeTakeFirstOrThrow();
  coordinator = await seedStaff(
    database.db,
    parseKeyRing(generateKeySpec('e2e-directory')),
    center,
    'coordinator',
  );
  server = await startServer(database.db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

async function search(page: Page, label: string, button: string, text: string) {
  await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: button, exact: true }).click();
}

describe('public directory', () => {
  it('is searched in Greek, Greeklish and English, with the sample mark and zero axe violations', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Κατάλογος υπηρεσιών' }).click();
    await page.getByRole('heading', { level: 1, name: 'Κατάλογος υπηρεσιών' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Βρέθηκαν 11 υπηρεσίες');
    expect(await page.getByText('Δείγμα / Sample data').count()).toBe(11);
    expect(await axeViolations(page)).toEqual([]);

    await search(page, 'Αναζήτηση υπηρεσίας', 'Αναζήτηση', 'pantopwleio');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Βρέθηκε 1 υπηρεσία');
    await page.getByRole('link', { name: 'Κοινωνικό Παντοπωλείο' }).click();
    await page.getByRole('heading', { level: 1, name: 'Κοινωνικό Παντοπωλείο' }).waitFor();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Πιστοποιητικό οικογενειακής κατάστασης');
    expect(await page.getByRole('heading', { name: 'Δικαιολογητικά' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Τρίτη, Πέμπτη');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Documents required' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Tuesday, Thursday');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to the directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service directory' }).waitFor();
    await search(page, 'Search for a service', 'Search', 'social pharmacy');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 service found');
    expect(await page.getByRole('link', { name: 'Κοινωνικό Φαρμακείο' }).count()).toBe(1);
    await page.getByLabel('Category', { exact: true }).selectOption('elderly');
    await search(page, 'Search for a service', 'Search', '');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('2 services found');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('staff directory', () => {
  it('lists and searches entries, adds a service through the form, with zero axe violations', async () => {
    const page = await signInStaff(browser, server.url, coordinator);
    await page.goto(`${server.url}/staff/directory`);
    await page.getByRole('heading', { level: 1, name: 'Κατάλογος υπηρεσιών' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Βρέθηκαν 11 υπηρεσίες');
    expect(await axeViolations(page)).toEqual([]);

    await search(page, 'Αναζήτηση υπηρεσίας', 'Αναζήτηση', 'kaph');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Βρέθηκε 1 υπηρεσία');

    await page.getByRole('link', { name: 'Νέα υπηρεσία' }).click();
    await page.getByRole('heading', { level: 1, name: 'Νέα υπηρεσία' }).waitFor();
    await page
      .getByLabel('Φορέας', { exact: true })
      .selectOption({ label: 'Δήμος — Διεύθυνση Κοινωνικής Προστασίας' });
    await page.getByLabel('Ονομασία', { exact: true }).fill('Κοινωνικό Φροντιστήριο');
    await page.getByLabel('Τρίτη ηλικία', { exact: true }).check();
    await page.getByRole('button', { name: 'Προσθήκη: Ωράριο' }).click();
    await page.getByLabel('Δευτέρα', { exact: true }).check();
    await page.getByLabel('Από', { exact: true }).fill('17:00');
    await page.getByLabel('Έως', { exact: true }).fill('15:00');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Αποθήκευση' }).click();
    // A closing time before the opening time is named, and nothing is saved.
    await page.getByRole('heading', { name: 'Υπάρχει πρόβλημα' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('#schedules-0-closesAt').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('form').textContent()).toContain(
      'Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης.',
    );
    await page.locator('#schedules-0-closesAt').fill('20:00');
    await page.getByRole('button', { name: 'Αποθήκευση' }).click();
    await page.getByRole('heading', { level: 1, name: 'Κοινωνικό Φροντιστήριο' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('17:00–20:00');
    expect(await page.getByText('Δείγμα / Sample data').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
