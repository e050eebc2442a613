import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import { TestSmtpServer } from '../src/modules/messaging/messaging.fixtures.js';
import { startMessagingWorker } from '../src/modules/messaging/messaging.worker.js';
import { createReferral } from '../src/modules/referrals/create-referral.js';
import {
  seedReferralWorld,
  type ReferralWorld,
} from '../src/modules/referrals/referrals.fixtures.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { axeViolations, launchBrowser, signInStaff } from './harness.js';

let database: TestDatabase;
let world: ReferralWorld;
let smtp: TestSmtpServer;
let app: FastifyInstance;
let url = '';
let browser: Browser;
const PARTNER = 'kpsy.amarousiou@example.gr';

beforeAll(async () => {
  database = await createTestDatabase();
  const keyRing = parseKeyRing(generateKeySpec('e2e-referrals'));
  world = await seedReferralWorld(database.db, keyRing, 'referrals-e2e', { partnerEmail: PARTNER });
  smtp = new TestSmtpServer();
  await smtp.start();
  const webDir = path.resolve('dist/web');
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error('Run npm run build first');
  // The real server as main.ts starts it: the app and the messaging worker sending the outbox.
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: webDir, SMTP_URL: smtp.url });
  app = await buildApp({ config, db: database.db, keyRing });
  startMessagingWorker(app, { db: database.db, url: database.url }, config, keyRing);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  await createReferral(
    database.db,
    { centerId: world.center.id, staffId: world.worker.staff.id, role: 'social_worker', ip: null },
    { keyRing, origin: url },
    {
      residentId: world.residentId,
      caseId: world.caseId,
      serviceId: world.serviceId,
      reason: 'Χρειάζεται ψυχολογική υποστήριξη μετά την απώλεια εργασίας.',
      urgency: 'urgent',
      sharedCategories: ['identity', 'contact'],
    },
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.stop();
  await database?.drop();
});

const heading = (page: Page) => page.locator('h1').first().textContent();

describe('the partner link', () => {
  it('opens from the e-mail, shows only what was shared, and the partner accepts', async () => {
    await expect.poll(() => smtp.to(PARTNER).length, { timeout: 15_000 }).toBe(1);
    const mail = smtp.to(PARTNER)[0]!;
    expect(mail.subject).toContain('Νέα παραπομπή');
    expect(mail.text).not.toContain('Παπαδοπούλου');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/partner\/referrals\/\S+)/.exec(mail.text)?.[1] ?? '';
    expect(link).toContain('?token=');

    const page = await (await browser.newContext()).newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(link);
    await expect.poll(() => heading(page)).toBe('Παραπομπή');
    await page.getByTestId('shared-data').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('6912345678');
    expect(text).toContain('Επείγουσα');
    // Not shared: registry numbers.
    expect(text).not.toContain('15038012345');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing chosen: the error summary says so.
    await page.getByRole('button', { name: 'Αποστολή απάντησης' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Διαλέξτε τι απαντάτε');
    expect(await axeViolations(page)).toEqual([]);

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page)).toBe('Referral');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ελληνικά' }).click();
    await expect.poll(() => heading(page)).toBe('Παραπομπή');

    await page.getByLabel('Αποδοχή').check();
    await page.getByRole('button', { name: 'Αποστολή απάντησης' }).click();
    await page.getByTestId('answered').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe('Έγινε δεκτή');
    expect(await axeViolations(page)).toEqual([]);

    const row = await database.db
      .selectFrom('referrals')
      .select(['id', 'status'])
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('accepted');
    const change = await database.db
      .selectFrom('referral_status_changes')
      .select(['actor_kind'])
      .where('to_status', '=', 'accepted')
      .executeTakeFirstOrThrow();
    expect(change.actor_kind).toBe('partner_link');
    expect(consoleErrors).toEqual([]);

    // A forged link: a clear message, in Greek and in English, with zero violations.
    await page.goto(`${url}/partner/referrals/${row.id}?token=forged`);
    await expect.poll(() => heading(page)).toBe('Ο σύνδεσμος δεν ισχύει');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page)).toBe('The link is not valid');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the answer to the case worker on the referral page', async () => {
    const page = await signInStaff(browser, url, world.worker);
    await page.goto(`${url}/staff/referrals`);
    await page.getByTestId('referrals-table').waitFor();
    await page.getByRole('link', { name: /Παπαδοπούλου/ }).click();
    await page.getByTestId('referral-status').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe('Έγινε δεκτή');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets the case worker refer from the case page through the form', async () => {
    const page = await signInStaff(browser, url, world.worker);
    await page.goto(`${url}/staff/cases/${world.caseId}`);
    await page.getByTestId('refer').click();
    await expect.poll(() => heading(page)).toBe('Νέα παραπομπή');
    // Nothing chosen: the summary names the destination and the reason.
    await page.getByRole('button', { name: 'Αποστολή παραπομπής' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Διαλέξτε υπηρεσία');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Αναζήτηση υπηρεσίας στον κατάλογο').fill('συμβουλευτικη');
    await page.getByRole('button', { name: 'Αναζήτηση', exact: true }).click();
    await page.getByLabel(/Συμβουλευτική ενηλίκων/).check();
    await page.getByLabel('Λόγος παραπομπής').fill('Ζητά υποστήριξη για το άγχος.');
    await page.locator('#urgency').selectOption('asap');
    await page.getByRole('button', { name: 'Αποστολή παραπομπής' }).click();
    await page.getByTestId('referral-created').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe('Απεστάλη');
    expect(await page.getByTestId('referral-history').textContent()).toContain('Απεστάλη');
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => smtp.to(PARTNER).length, { timeout: 15_000 }).toBe(2);
  });
});
