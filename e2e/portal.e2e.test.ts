import type { Browser, BrowserContext } from 'playwright-core';
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
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

describe('public home page', () => {
  it('shows the Center in Greek, then in English after the switch, with zero axe violations', async () => {
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') cspErrors.push(message.text());
    });
    await page.goto(server.url);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain('Κέντρο Κοινότητας Δήμου Αμαρουσίου');
    expect(await page.getAttribute('html', 'lang')).toBe('el');
    await expect.poll(() => page.locator('body').textContent()).toContain('Παλαιολόγου 9');
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain('Community Center of the Municipality of Marousi');
    expect(await axeViolations(page)).toEqual([]);

    // The choice is remembered on the next visit.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Community Center');
    expect(cspErrors).toEqual([]);
  });
});
