import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../test/helpers/fixtures.js';
import { axeViolations, launchBrowser, startServer, signInStaff } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let coordinator: SeededStaff;
let socialWorker: SeededStaff;
let psychologist: SeededStaff;
let survivorId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const center = await seedCenter(database.db, 'kifisia-e2e');
  const keyRing = parseKeyRing(generateKeySpec('e2e-seed'));
  coordinator = await seedStaff(database.db, keyRing, center, 'coordinator');
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

/** A JSON call from inside the signed-in page: its cookies and CSRF token, like the app's own. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie
        .split(';')
        .map((c) => c.trim())
        .find((c) => c.startsWith('kt_csrf='));
      const response = await fetch(path, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': decodeURIComponent(csrf?.slice('kt_csrf='.length) ?? ''),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { method, path, body },
  );
  if (result.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(result)}`);
  return result.json as T;
}

describe('resident file administration', () => {
  it('a coordinator merges two files of the same person', async () => {
    const page = await signIn(coordinator);
    const person = {
      surname: 'Κωνσταντίνου',
      givenName: 'Ελένη',
      fatherName: 'Νικόλαος',
      birthDate: '1980-03-04',
    };
    const first = await api<{ id: string }>(page, 'POST', '/api/residents', person);
    const second = await api<{ id: string }>(page, 'POST', '/api/residents', {
      ...person,
      mobilePhone: '6912345678',
      confirmNotDuplicate: true,
    });
    await api(page, 'POST', '/api/requests', {
      residentId: second.id,
      channel: 'phone',
      axis: 'reception',
      subject: 'Επίδομα ενοικίου',
      outcome: 'answered',
      durationMinutes: 5,
    });
    survivorId = first.id;

    await page.goto(`${server.url}/staff/residents/${first.id}/details`);
    await page.getByRole('heading', { name: 'Ιστορικό αλλαγών' }).waitFor();
    await page.getByLabel('Αναζήτηση του διπλού φακέλου').fill('Κωνσταντίνου Ελένη');
    await page.getByRole('button', { name: /Επιλογή: Κωνσταντίνου Ελένη/ }).click();
    await page.getByTestId('merge-compare').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Συνέχεια' }).click();
    await page.getByText('Η αιτιολογία πρέπει να έχει 3 έως 500 χαρακτήρες.').first().waitFor();
    await page.getByLabel('Αιτιολογία συγχώνευσης').fill('Διπλή εγγραφή στην υποδοχή');
    await page.getByRole('button', { name: 'Συνέχεια' }).click();
    await page.getByTestId('merge-confirm').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Συγχώνευση φακέλων' }).click();

    await page.getByTestId('merge-done').waitFor();
    expect(page.url()).toContain(`/staff/residents/${first.id}?merged=1`);
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent()).toContain('Συγχώνευση');
    expect(await timeline.textContent()).toContain('Επίδομα ενοικίου');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/staff/residents/${first.id}/details`);
    const history = page.getByTestId('resident-history');
    await expect.poll(() => history.textContent()).toContain('Κινητό τηλέφωνο');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('household finances take Greek amounts; the case team is chosen from the staff', async () => {
    const page = await signIn(coordinator);
    await page.goto(`${server.url}/staff/residents/${survivorId}/household`);
    await page.getByRole('button', { name: 'Δημιουργία νοικοκυριού' }).click();
    await page.getByLabel('Φορολογικό έτος', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Προσθήκη εισοδήματος' }).click();
    await page.getByLabel('Ποσό (€)').fill('1.234,56');
    await page.getByLabel('Καταθέσεις (€)').fill('abc');
    await page.getByRole('button', { name: 'Αποθήκευση οικονομικών στοιχείων' }).click();
    await page
      .getByRole('alert')
      .getByText(/Καταθέσεις/)
      .waitFor();
    await page.getByLabel('Καταθέσεις (€)').fill('500');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Αποθήκευση οικονομικών στοιχείων' }).click();
    await page.getByText(/Τα οικονομικά στοιχεία του \d{4} αποθηκεύτηκαν/).waitFor();
    expect(await page.getByLabel('Ποσό (€)').inputValue()).toBe('1.234,56');
    expect(await axeViolations(page)).toEqual([]);

    // Multipart through the shared fetch: CSRF and language headers, the browser's boundary.
    await page.goto(`${server.url}/staff/residents/${survivorId}/documents`);
    await page.locator('#file').setInputFiles({
      name: 'e9.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Ανέβασμα' }).click();
    await page.getByText('Προστέθηκε το «e9.pdf».').waitFor();

    const opened = await api<{ id: string }>(page, 'POST', '/api/cases', {
      residentId: survivorId,
      topics: ['Στέγαση'],
    });
    await page.goto(`${server.url}/staff/cases/${opened.id}`);
    await page.getByRole('heading', { name: 'Υπεύθυνος και ομάδα' }).waitFor();
    await page.getByLabel(new RegExp(psychologist.staff.display_name)).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Αποθήκευση ομάδας' }).click();
    await page.getByText('Ο φάκελος αποθηκεύτηκε').waitFor();
  });

  it('a break-glass alert reaches the coordinator in words and is marked read', async () => {
    const author = await signIn(psychologist);
    const session = await api<{ id: string }>(author, 'POST', '/api/counseling/sessions', {
      kind: 'individual',
      startedAt: new Date().toISOString(),
      durationMinutes: 45,
      participantResidentIds: [survivorId],
      note: 'Σημειώσεις που δεν πρέπει να εμφανιστούν.',
    });
    await author.goto(`${server.url}/staff/residents/${survivorId}/counseling`);
    await author.getByRole('heading', { name: 'Ποιοι διαβάζουν τις σημειώσεις' }).waitFor();
    expect(await axeViolations(author)).toEqual([]);

    const worker = await signIn(socialWorker);
    await api(worker, 'POST', `/api/counseling/sessions/${session.id}/break-glass`, {
      reason: 'Κίνδυνος για τη ζωή της, χρειάζεται άμεση παρέμβαση',
    });

    const page = await signIn(coordinator);
    const badge = page.getByTestId('notifications-badge');
    await expect.poll(() => badge.textContent()).toMatch(/1 μη αναγνωσμένη/);
    await badge.click();
    const list = page.getByTestId('notifications');
    await expect.poll(() => list.textContent()).toContain('Κίνδυνος για τη ζωή της');
    expect(await list.textContent()).not.toContain('δεν πρέπει να εμφανιστούν');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Σήμανση ως αναγνωσμένο' }).click();
    await expect.poll(() => badge.textContent()).not.toMatch(/μη αναγνωσμένη/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
