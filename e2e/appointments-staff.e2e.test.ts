import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/lib/crypto.js';
import {
  seedBookingWorld,
  workingDay,
  type BookingWorld,
} from '../src/modules/appointments/booking/booking.fixtures.js';
import { localDayOf } from '../src/modules/appointments/calendar/time.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/database.js';
import { seedStaff, type SeededStaff } from '../test/helpers/fixtures.js';
import { axeViolations, launchBrowser, startServer, signInStaff } from './harness.js';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let world: BookingWorld;
let coordinator: SeededStaff;

beforeAll(async () => {
  database = await createTestDatabase();
  const keyRing = parseKeyRing(generateKeySpec('e2e-appointments'));
  world = await seedBookingWorld(database.db, keyRing, 'appointments-e2e');
  coordinator = await seedStaff(database.db, keyRing, world.center, 'coordinator');
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

async function freeStarts(day: string): Promise<string[]> {
  const q = new URLSearchParams({ typeId: world.typeId, day });
  const response = await fetch(`${server.url}/api/public/availability?${q.toString()}`);
  const body = (await response.json()) as { slots: { startsAt: string }[] };
  return body.slots.map((s) => s.startsAt);
}

/** Today if it is a working day with a free slot left; otherwise the next working day. */
async function bookingDay(): Promise<{ day: string; today: boolean }> {
  const today = localDayOf(Date.now(), 'Europe/Athens');
  if (workingDay(0) === today && (await freeStarts(today)).length > 0) {
    return { day: today, today: true };
  }
  return { day: workingDay(1), today: false };
}

describe('appointments at the reception', () => {
  it('books for a resident, handles the arrival and shows it in the file', async () => {
    const { day, today } = await bookingDay();
    const page = await signIn(world.reception);

    // A registered resident, as the desk registers one.
    await page.goto(`${server.url}/staff/residents/new`);
    await page.getByRole('heading', { name: 'Εγγραφή νέου δημότη' }).waitFor();
    await page.keyboard.type('Ραντεβουλάκη');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ελένη');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Νικόλαος');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/residents\/[0-9a-f-]{36}/);
    const residentUrl = page.url().split('?')[0]!;

    await page.goto(`${server.url}/staff/appointments`);
    await page.getByRole('heading', { level: 1, name: 'Ραντεβού' }).waitFor();
    await page.getByRole('heading', { name: 'Πρόγραμμα' }).waitFor();
    await expect.poll(() => page.getByTestId('agenda-empty').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Νέο ραντεβού' }).click();
    await page.getByRole('heading', { name: 'Νέο ραντεβού' }).waitFor();
    await page.getByLabel('Υπηρεσία').selectOption({ label: 'Ενημέρωση για επιδόματα' });
    await page.getByLabel('Αναζήτηση δημότη').fill('Ραντεβουλάκη');
    await page.getByRole('button', { name: /Επιλογή: Ραντεβουλάκη Ελένη/ }).click();
    await page.getByRole('button', { name: /Αφαίρεση: Ραντεβουλάκη Ελένη/ }).waitFor();
    await page.locator('#day').fill(day);
    const slot = page.getByTestId('slots').getByRole('button').first();
    await slot.waitFor();
    const time = ((await slot.textContent()) ?? '').slice(0, 5);
    expect(time).toMatch(/^\d\d:\d\d$/);
    await slot.click();
    await page.getByRole('status').filter({ hasText: 'Επιλέχθηκε' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Κλείσιμο ραντεβού' }).click();

    // The form closes and the day view shows the booked day.
    await page.getByRole('heading', { name: 'Νέο ραντεβού' }).waitFor({ state: 'detached' });
    expect(await page.locator('#agenda-day').inputValue()).toBe(day);
    const agenda = page.getByTestId('agenda');
    await expect.poll(() => agenda.textContent()).toContain('Ραντεβουλάκη Ελένη');
    expect(await agenda.textContent()).toContain(time);
    expect(await agenda.textContent()).toContain('Κλεισμένο');
    expect(await axeViolations(page)).toEqual([]);

    // Check-in is allowed only on the day; a later appointment is cancelled instead.
    const action = today ? /^Προσήλθε/ : /^Ακύρωση/;
    const status = today ? 'Προσήλθε' : 'Ακυρώθηκε';
    await agenda.getByRole('button', { name: action }).click();
    await expect.poll(() => agenda.locator('.govgr-tag').textContent()).toBe(status);
    expect(await axeViolations(page)).toEqual([]);

    // The resident's file, «Ραντεβού».
    await page.goto(residentUrl);
    await page.locator('.kt-subnav').getByRole('link', { name: 'Ραντεβού', exact: true }).click();
    await page.waitForURL(`${residentUrl}/appointments`);
    await page.getByRole('heading', { level: 2, name: 'Ραντεβού' }).waitFor();
    const section = page.getByTestId('resident-appointments');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Ενημέρωση για επιδόματα');
    expect(text).toContain(time);
    expect(text).toContain(status);
    expect(text).toContain(world.providers[0]!.staff.display_name);
    await page.getByRole('link', { name: 'Νέο ραντεβού' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the coordinator’s settings page passes axe', async () => {
    const page = await signIn(coordinator);
    await page.goto(`${server.url}/staff/appointments/settings`);
    await page.getByRole('heading', { level: 1, name: 'Ρυθμίσεις ραντεβού' }).waitFor();
    await page.getByText('Ενημέρωση για επιδόματα').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
