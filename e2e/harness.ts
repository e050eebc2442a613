import { existsSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Db } from '../src/db/connection.js';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';

/** Debian's Chromium; the flags keep it off this machine's closed network (STACK.md). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The real application, with the built web app, on a free loopback port. */
export async function startServer(db: Db): Promise<{ app: FastifyInstance; url: string }> {
  const webDir = path.resolve('dist/web');
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error('Run npm run build first');
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: webDir });
  const app = await buildApp({ config, db, keyRing: parseKeyRing(generateKeySpec('e2e')) });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: address };
}

/** WCAG 2.1 A and AA, as axe-core checks them. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** A staff member without a second factor signs in, in a fresh browser context, as a person would. */
export async function signInStaff(
  browser: Browser,
  baseUrl: string,
  staff: { username: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/staff/sign-in`);
  await page.getByLabel('Όνομα χρήστη').fill(staff.username);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: 'Σύνδεση' }).click();
  await page.getByRole('heading', { name: /Καλώς ήρθατε/ }).waitFor();
  return page;
}
