import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import {
  insertTestEvent,
  seedEventWorld,
  type EventWorld,
} from '../src/modules/events/events.fixtures.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { axeViolations, launchBrowser, signInStaff, startServer } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let world: EventWorld;
const HOUR = 3_600_000;

beforeAll(async () => {
  database = await createTestDatabase();
  // The only Center: the portal's public calls without ?center= are about it.
  world = await seedEventWorld(
    database.db,
    parseKeyRing(generateKeySpec('e2e-events')),
    'events-e2e',
  );
  server = await startServer(database.db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await database?.drop();
});

const heading = (page: Page) => page.locator('h1').first().textContent();

async function registrations(eventId: string) {
  return database.db
    .selectFrom('event_registrations')
    .select(['name', 'email', 'status', 'language'])
    .where('event_id', '=', eventId)
    .orderBy('arrival')
    .execute();
}

describe('public events', () => {
  it('a resident registers for an event on the public page, in Greek and in English', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 1 });
    // A phone-sized screen: most residents open the portal on a phone.
    const page = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();

    await page.goto(`${server.url}/events`);
    await expect.poll(() => heading(page)).toBe('Δράσεις και εκδηλώσεις');
    await page.getByRole('link', { name: 'Ενημέρωση για το επίδομα θέρμανσης' }).waitFor();
    expect(await page.getByTestId('event-list').textContent()).toContain('Απομένει 1 θέση από 1');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ενημέρωση για το επίδομα θέρμανσης' }).click();

    await expect.poll(() => heading(page)).toBe('Ενημέρωση για το επίδομα θέρμανσης');
    await page.getByRole('button', { name: 'Δήλωση συμμετοχής' }).click();
    // Nothing filled: the error summary names each missing field.
    await page.getByRole('alert').waitFor();
    const summary = await page.getByRole('alert').textContent();
    expect(summary).toContain('Γράψτε το ονοματεπώνυμό σας');
    expect(summary).toContain('Χρειάζεται η συγκατάθεσή σας');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Ονοματεπώνυμο').fill('Μαρία Παπαδοπούλου');
    await page.locator('#email').fill('maria.events@example.gr');
    await page.getByLabel(/Συμφωνώ/).check();
    await page.getByRole('button', { name: 'Δήλωση συμμετοχής' }).dblclick();

    await expect.poll(() => heading(page)).toBe('Η εγγραφή σας έγινε');
    expect(await page.locator('body').textContent()).toContain('Σας στείλαμε e-mail');
    expect(await axeViolations(page)).toEqual([]);
    expect(await registrations(event.id)).toEqual([
      {
        name: 'Μαρία Παπαδοπούλου',
        email: 'maria.events@example.gr',
        status: 'registered',
        language: 'el',
      },
    ]);

    // In English the only seat is gone: the page says so before, and the answer says the place in line.
    await page.goto(`${server.url}/events/${event.id}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => heading(page)).toBe('Heating allowance briefing');
    await page.getByRole('heading', { name: 'Join the waitlist' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Full name').fill('John Smith');
    await page.locator('#phone').fill('6912345678');
    await page.getByLabel(/I agree/).check();
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect.poll(() => heading(page)).toBe('You are on the waitlist');
    expect(await page.getByTestId('registration-outcome').textContent()).toContain(
      'Place on the waitlist: 1',
    );
    expect(await axeViolations(page)).toEqual([]);
    // The same person again: a clear error, nothing added.
    await page.goto(`${server.url}/events/${event.id}`);
    await page.getByLabel('Full name').fill('John Smith');
    await page.locator('#phone').fill('691 234 5678');
    await page.getByLabel(/I agree/).check();
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('already registered');
    expect(await axeViolations(page)).toEqual([]);
    expect((await registrations(event.id)).map((r) => r.status)).toEqual([
      'registered',
      'waitlisted',
    ]);
  });
});

describe('staff check-in', () => {
  it('the desk checks people in on a tablet with one tap, and undoes a mistake', async () => {
    const event = await insertTestEvent(database.db, world.center.id, {
      title_el: 'Εργαστήρι βιογραφικού',
      starts_at: new Date(Date.now() - HOUR),
      ends_at: new Date(Date.now() + HOUR),
      registration_opens_at: new Date(Date.now() - 48 * HOUR),
      registration_closes_at: new Date(Date.now() - 2 * HOUR),
    });
    for (const [name, phone] of [
      ['Ελένη Κωστοπούλου', '+306900000011'],
      ['Νίκος Αλεξίου', '+306900000012'],
    ]) {
      await database.db
        .insertInto('event_registrations')
        .values({
          center_id: world.center.id,
          event_id: event.id,
          name: name!,
          phone: phone!,
          person_key: `phone:${phone!.slice(3)}`,
          source: 'staff',
          status: 'registered',
        })
        .execute();
    }
    const page = await signInStaff(browser, server.url, world.reception);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${server.url}/staff/events/${event.id}`);
    await expect.poll(() => heading(page)).toBe('Εργαστήρι βιογραφικού');
    await page.getByTestId('registrations').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Παρουσίες' }).click();
    await expect.poll(() => heading(page)).toBe('Παρουσίες');
    await page.getByRole('button', { name: /Νίκος Αλεξίου/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Αναζήτηση ονόματος').fill('ελενη');
    await expect.poll(() => page.getByRole('button', { name: /Νίκος/ }).count()).toBe(0);
    await page.getByRole('button', { name: /Ελένη Κωστοπούλου/ }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /Ελένη/ }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await page.getByTestId('check-in-count').textContent()).toBe('Παρόντες: 1 από 2');
    expect(await axeViolations(page)).toEqual([]);
    // A wrong tap is undone with another.
    await page.getByRole('button', { name: /Ελένη/ }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /Ελένη/ }).getAttribute('aria-pressed'))
      .toBe('false');
    await page.getByRole('button', { name: /Ελένη/ }).click();
    await expect
      .poll(() => page.getByTestId('check-in-count').textContent())
      .toBe('Παρόντες: 1 από 2');
    const rows = await database.db
      .selectFrom('event_registrations')
      .select(['name', 'status'])
      .where('event_id', '=', event.id)
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'Ελένη Κωστοπούλου', status: 'attended' },
      { name: 'Νίκος Αλεξίου', status: 'registered' },
    ]);
  });
});
