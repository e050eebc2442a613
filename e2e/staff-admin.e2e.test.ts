import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { nextTotpCode } from '../test/helpers/app.js';
import { ensureFirstRun, type FirstRunResult } from '../src/modules/centers/first-run.js';
import { axeViolations, launchBrowser, startServer } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let firstRun: FirstRunResult;

beforeAll(async () => {
  database = await createTestDatabase();
  firstRun = (await ensureFirstRun(database.db))!;
  server = await startServer(database.db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

const newPassword = 'Ένας μακρύς κωδικός για το Μαρούσι';

async function signInWithPassword(page: Page, password: string) {
  await page.getByLabel('Όνομα χρήστη').fill('admin');
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Σύνδεση' }).click();
}

describe('administrator in the back office', () => {
  it('signs in for the first time (new password, second factor), creates a staff user and signs out', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/staff/sign-in`);
    expect(await axeViolations(page)).toEqual([]);
    await signInWithPassword(page, firstRun.oneTimePassword);

    await page.getByLabel('Τρέχων κωδικός πρόσβασης').fill(firstRun.oneTimePassword);
    await page.getByLabel('Νέος κωδικός πρόσβασης').fill(newPassword);
    await page.getByLabel('Επανάληψη νέου κωδικού').fill(newPassword);
    await page.getByRole('button', { name: 'Αλλαγή κωδικού' }).click();

    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Κωδικός επαλήθευσης (6 ψηφία)').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: 'Επιβεβαίωση' }).click();
    await page.getByRole('heading', { name: /Καλώς ήρθατε/ }).waitFor();
    await page.getByRole('link', { name: 'Προσωπικό' }).click();
    await page.getByRole('heading', { name: 'Νέος χρήστης' }).waitFor();

    await page.getByLabel('Όνομα χρήστη').fill('eleni.g');
    await page.getByLabel('Ονοματεπώνυμο').fill('Ελένη Γεωργίου');
    await page.getByLabel('Ρόλος').selectOption('social_worker');
    await page.getByRole('button', { name: 'Δημιουργία χρήστη' }).click();
    const oneTimePassword = await page.getByTestId('one-time-password').textContent();
    expect(oneTimePassword?.trim()).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    await expect
      .poll(() => page.getByTestId('staff-table').textContent())
      .toContain('Ελένη Γεωργίου');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Αποσύνδεση' }).click();
    await page.waitForURL(/\/staff\/sign-in/);
    const created = await database.db
      .selectFrom('staff')
      .selectAll()
      .where('username', '=', 'eleni.g')
      .executeTakeFirst();
    expect(created).toMatchObject({ role: 'social_worker', must_change_password: true });
    expect(await database.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('signs in again with the password and the authenticator code', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/staff/sign-in`);
    await signInWithPassword(page, newPassword);
    const secretRow = await database.db
      .selectFrom('staff')
      .select('totp_enabled')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(secretRow.totp_enabled).toBe(true);
    await expect
      .poll(() => page.getByLabel('Κωδικός επαλήθευσης (6 ψηφία)').isVisible())
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
