import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import {
  at,
  seedBookingWorld,
  workingDay,
  type BookingWorld,
} from '../src/modules/appointments/booking/booking.fixtures.js';
import { TestSmtpServer } from '../src/modules/messaging/messaging.fixtures.js';
import { startMessagingWorker } from '../src/modules/messaging/messaging.worker.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { axeViolations, launchBrowser } from './harness.js';

let database: TestDatabase;
let world: BookingWorld;
let smtp: TestSmtpServer;
let app: FastifyInstance;
let url = '';
let browser: Browser;
let context: BrowserContext;
const EMAIL = 'maria.p@example.gr';
/** The first working day from tomorrow on: 09:00 there is the first free slot. */
const DAY = workingDay(1);

beforeAll(async () => {
  database = await createTestDatabase();
  const keyRing = parseKeyRing(generateKeySpec('e2e-booking'));
  // The only Center: the portal's public calls without ?center= are about it.
  world = await seedBookingWorld(database.db, keyRing, 'booking-e2e');
  smtp = new TestSmtpServer();
  await smtp.start();
  const webDir = path.resolve('dist/web');
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error('Run npm run build first');
  // The real server, as main.ts starts it: the app and the messaging worker sending the outbox.
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: webDir, SMTP_URL: smtp.url });
  app = await buildApp({ config, db: database.db, keyRing });
  startMessagingWorker(app, { db: database.db, url: database.url }, config, keyRing);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  // A cheap phone's screen: the wizard is mobile-first.
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.stop();
  await database?.drop();
});

const heading = (page: Page) => page.locator('h1').first().textContent();

/** Pages forward until the calendar shows `day`, then waits for its counts. */
async function showDay(page: Page, day: string, next: string) {
  for (let i = 0; i < 3 && (await page.locator(`[data-day="${day}"]`).count()) === 0; i += 1) {
    await page.getByRole('button', { name: next }).click();
  }
  await expect
    .poll(() => page.locator(`[data-day="${day}"]`).getAttribute('aria-disabled'))
    .toBeNull();
}

async function freeStarts(day: string): Promise<string[]> {
  const q = new URLSearchParams({ typeId: world.typeId, day });
  const response = await fetch(`${url}/api/public/availability?${q.toString()}`);
  const body = (await response.json()) as { slots: { startsAt: string }[] };
  return body.slots.map((s) => s.startsAt);
}

describe('public booking', () => {
  it('books in Greek, e-mails the confirmation, and the e-mail link cancels it', async () => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const nine = at(DAY, '09:00');
    expect(await freeStarts(DAY)).toContain(nine);

    await page.goto(`${url}/book`);
    await expect.poll(() => heading(page)).toBe('Κλείστε ραντεβού');
    await page.getByRole('button', { name: 'Ενημέρωση για επιδόματα' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ενημέρωση για επιδόματα' }).click();

    // The month calendar: keyboard operable, days without slots say why.
    await expect.poll(() => heading(page)).toBe('Διαλέξτε ημέρα');
    await showDay(page, DAY, 'Επόμενος μήνας');
    expect(await axeViolations(page)).toEqual([]);
    const dayButton = page.locator(`[data-day="${DAY}"]`);
    await dayButton.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dayButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await expect.poll(() => heading(page)).toBe('Διαλέξτε ώρα');
    await page.getByRole('button', { name: '09:00' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '09:00' }).click();

    await expect.poll(() => heading(page)).toBe('Τα στοιχεία σας');
    // Nothing filled: the error summary names what is missing.
    await page.getByRole('button', { name: 'Συνέχεια' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Δώστε τηλέφωνο ή e-mail');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Ονοματεπώνυμο').fill('Μαρία Παπαδοπούλου');
    await page.locator('#email').fill(EMAIL);
    await page.getByLabel(/Συμφωνώ/).check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();

    await expect.poll(() => heading(page)).toBe('Ελέγξτε και επιβεβαιώστε');
    expect(await axeViolations(page)).toEqual([]);
    // A double click sends the same Idempotency-Key twice: one appointment.
    await page.getByRole('button', { name: 'Κλείσιμο ραντεβού' }).dblclick();
    await expect.poll(() => heading(page)).toBe('Το ραντεβού σας κλείστηκε');
    expect(await page.getByTestId('appointment-summary').textContent()).toContain('09:00');
    expect(await page.locator('body').textContent()).toContain('Σας στείλαμε e-mail');
    expect(await axeViolations(page)).toEqual([]);
    const rows = await database.db.selectFrom('appointments').select(['id', 'status']).execute();
    expect(rows).toEqual([{ id: expect.any(String) as string, status: 'booked' }]);
    expect(await freeStarts(DAY)).not.toContain(nine);

    // The confirmation e-mail, through the real SMTP server.
    await expect.poll(() => smtp.to(EMAIL).length, { timeout: 15_000 }).toBe(1);
    const mail = smtp.to(EMAIL)[0]!;
    expect(mail.subject).toMatch(/^Επιβεβαίωση ραντεβού/);
    const cancelUrl = /Ακύρωση: (\S+)/.exec(mail.text)?.[1] ?? '';
    expect(cancelUrl).toContain(`/book/cancel/${rows[0]!.id}?token=`);

    await page.goto(cancelUrl);
    await expect.poll(() => heading(page)).toBe('Ακύρωση ραντεβού');
    await page.getByTestId('appointment-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ναι, ακύρωση του ραντεβού' }).click();
    await page.getByTestId('cancelled').waitFor();
    expect(await heading(page)).toBe('Το ραντεβού ακυρώθηκε');
    expect(await axeViolations(page)).toEqual([]);

    // The same slot is free again, in the API and in the calendar.
    expect(await freeStarts(DAY)).toContain(nine);
    await page.goto(`${url}/book`);
    await page.getByRole('button', { name: 'Ενημέρωση για επιδόματα' }).click();
    await showDay(page, DAY, 'Επόμενος μήνας');
    await page.locator(`[data-day="${DAY}"]`).click();
    await page.getByRole('button', { name: '09:00' }).waitFor();

    // A forged link: a clear page, nothing changed.
    await page.goto(`${url}/book/cancel/${rows[0]!.id}?token=forged.token`);
    await expect.poll(() => heading(page)).toBe('Ο σύνδεσμος δεν ισχύει');
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('403'))).toEqual([]);
  });

  it('opens in English', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${url}/book`);
    await expect.poll(() => heading(page)).toBe('Book an appointment');
    await page.getByRole('button', { name: 'Benefits information' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Benefits information' }).click();
    await expect.poll(() => heading(page)).toBe('Choose a day');
    await showDay(page, DAY, 'Next month');
    expect(await axeViolations(page)).toEqual([]);
  });
});
