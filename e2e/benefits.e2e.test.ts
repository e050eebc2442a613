import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { ensureFirstRun } from '../src/modules/centers/first-run.js';
import { axeViolations, launchBrowser, startServer } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureFirstRun(database.db);
  server = await startServer(database.db);
  browser = await launchBrowser();
  // A cheap phone's screen: the wizard is mobile-first.
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

/** Two parents (38, 36), two children (4, 9), €9,000 a year, renting with an e-lease. */
const TEXT_ANSWERS: Record<string, string> = {
  applicantAge: '38',
  partnerAge: '36',
  childrenStudents: '0',
  householdYearlyIncome: '9.000',
  incomeLast6Months: '4.500',
  realEstateValue: '0',
  deposits: '1.500,50',
  vehiclesValue: '2.000',
  yearlyRent: '4.800',
  residenceYears: '38',
  monthlyPension: '0',
  disabilityPercentMax: '0',
};
/** true → «Ναι» (the first radio), false → «Όχι» (the second). */
const YES_NO: Record<string, boolean> = {
  hasPartner: true,
  singleParent: false,
  hasElectronicLease: true,
  residesInMunicipality: true,
  insuredForPension: true,
  lifeSupportDevice: false,
  largeFamily: false,
  motherInsuredAtBirth: false,
};

async function answerStep(page: Page): Promise<void> {
  for (const [id, value] of Object.entries(TEXT_ANSWERS)) {
    const input = page.locator(`input#${id}[type="text"], input#${id}:not([type])`);
    if ((await input.count()) > 0) await input.fill(value);
  }
  for (const [id, yes] of Object.entries(YES_NO)) {
    const radio = page.locator(yes ? `input#${id}[type="radio"]` : `input#${id}-1[type="radio"]`);
    if ((await radio.count()) > 0) await radio.check();
  }
  // Choices (residence status, kind of disability…): the first option, e.g. «Έλληνας/Ελληνίδα».
  for (const id of ['residenceStatus']) {
    const radio = page.locator(`input#${id}[type="radio"]`);
    if ((await radio.count()) > 0) await radio.check();
  }
  const addChild = page.locator('#childrenAges-add');
  if ((await addChild.count()) > 0) {
    await addChild.click();
    await page.locator('#childrenAges-0').fill('4');
    await addChild.click();
    await page.locator('#childrenAges-1').fill('9');
  }
}

/** Runs the wizard from the start page to the results; every page has zero axe violations. */
async function runWizard(page: Page, labels: { start: string; next: string; results: string }) {
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: labels.start }).click();
  for (let step = 0; step < 20; step += 1) {
    const results = page.getByRole('heading', { level: 1, name: labels.results });
    await expect
      .poll(
        async () => (await results.count()) + (await page.getByTestId('wizard-progress').count()),
      )
      .toBeGreaterThan(0);
    if ((await results.count()) > 0) break;
    await answerStep(page);
    expect(await axeViolations(page)).toEqual([]);
    // Wait for the next step (or the results) before answering again, as a person would.
    const before = await page.getByTestId('wizard-progress').textContent();
    await page.getByRole('button', { name: labels.next, exact: true }).click();
    await expect
      .poll(
        async () =>
          (await results.count()) > 0 ||
          (await page.getByTestId('wizard-progress').textContent()) !== before,
      )
      .toBe(true);
  }
  await expect.poll(() => page.locator('h1').textContent()).toBe(labels.results);
  expect(await axeViolations(page)).toEqual([]);
}

async function expectFamilyVerdicts(page: Page) {
  const child = page.locator('[data-benefit="child_benefit"]');
  await expect.poll(() => child.getAttribute('data-status')).toBe('eligible');
  expect(await child.getByTestId('verdict-amount').textContent()).toMatch(/€/);
  // Something the family does not get, or cannot be told yet, with its reason.
  const other = page.locator(
    '[data-status="not_eligible"] .kt-criteria, [data-status="cannot_tell"] .govgr-list',
  );
  expect(await other.count()).toBeGreaterThan(0);
  // The call to action: the Center's phones.
  expect(await page.locator('.kt-results a[href^="tel:"]').count()).toBeGreaterThanOrEqual(1);
}

describe('public benefits wizard', () => {
  it('runs in Greek for a family of four and shows the verdicts', async () => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${server.url}/benefits`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Τι δικαιούμαι;');
    await expect.poll(() => page.locator('body').textContent()).toContain('ΑΜΚΑ');
    await runWizard(page, {
      start: 'Ξεκινήστε',
      next: 'Συνέχεια',
      results: 'Τα αποτελέσματα',
    });
    await expectFamilyVerdicts(page);
    expect(await page.locator('body').textContent()).toContain('Δικαιούστε');
    expect(consoleErrors).toEqual([]);
  });

  it('runs in English and shows the results at any time', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${server.url}/benefits`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('What am I entitled to?');
    await runWizard(page, { start: 'Start', next: 'Continue', results: 'Your results' });
    await expectFamilyVerdicts(page);
    expect(await page.locator('body').textContent()).toContain('You are eligible');

    // «See the results now» from the first step: nothing answered, so mostly "maybe".
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'See the results now' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your results');
    expect(await page.locator('[data-status="cannot_tell"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
