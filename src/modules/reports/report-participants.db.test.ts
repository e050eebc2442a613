import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import type { PeriodReport } from './report-types.js';
import { addRequest, addResident, athens } from './test-report-data.js';

/**
 * The ESF+ entry sheets (report_participants, migration 0018): a closed period's indicators come
 * out the same after the files change; unknown facts may be completed while the sheet is open;
 * a service logged late moves the entry back; a merged pair counts once.
 */
let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let coordinator: TestClient;
let workerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'reports-entries');
  const coord = await seedStaff(database.db, testApp.keyRing, center, 'coordinator');
  workerId = (await seedStaff(database.db, testApp.keyRing, center, 'social_worker')).staff.id;
  coordinator = new TestClient(testApp.app, 'el');
  await coordinator.signIn(coord, center.slug);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function report(from: string, to: string): Promise<PeriodReport> {
  const response = await coordinator.get(`/api/reports/period?from=${from}&to=${to}`);
  expect(response.statusCode).toBe(200);
  return response.json() as PeriodReport;
}

function rowsOf(r: PeriodReport, table: string, column = 'total'): Record<string, number | null> {
  const found = r.tables.find((t) => t.id === table);
  return Object.fromEntries(
    (found?.rows ?? []).map((row) => [row.key, row.values[column] ?? null]),
  );
}

async function entriesOf(residentId: string) {
  return database.db
    .selectFrom('report_participants')
    .selectAll()
    .where('center_id', '=', center.id)
    .where('resident_id', '=', residentId)
    .orderBy('first_served_at')
    .execute();
}

describe('entry sheets', () => {
  it('keeps last year’s indicators when a file changes after entry', async () => {
    const resident = await addResident(database.db, center.id, {
      surname: 'Μαυρίδη',
      gender: 'female',
      birthDate: '1980-03-01',
      employment: 'unemployed',
      education: 3,
      esf: { homeless: 'no' },
    });
    await addRequest(database.db, center.id, workerId, {
      residentId: resident,
      at: '2024-03-10 10:00',
    });
    const before = await report('2024-01-01', '2024-12-31');
    expect(rowsOf(before, 'esf_by_employment')).toMatchObject({ unemployed: 1, employed: 0 });

    await database.db
      .updateTable('residents')
      .set({
        employment_status: 'employed',
        education_level: 7,
        birth_date: '1950-01-01',
        esf: JSON.stringify({ homeless: 'yes' }),
      })
      .where('id', '=', resident)
      .execute();
    await addRequest(database.db, center.id, workerId, {
      residentId: resident,
      at: '2025-02-01 10:00',
    });

    const after = await report('2024-01-01', '2024-12-31');
    expect(after.tables.filter((t) => t.group === 'indicators')).toEqual(
      before.tables.filter((t) => t.group === 'indicators'),
    );
    expect(rowsOf(after, 'esf_by_age_band')).toMatchObject({ age_30_54: 1, age_55_plus: 0 });
    // In 2025 she is returning, not a new participant: not counted again.
    expect((await report('2025-01-01', '2025-12-31')).headline).toMatchObject({
      servedUnique: 1,
      newResidents: 0,
    });
  });

  it('completes facts unknown at entry while the sheet is open, never after', async () => {
    const resident = await addResident(database.db, center.id, { surname: 'Νικολάου' });
    await addRequest(database.db, center.id, workerId, {
      residentId: resident,
      at: '2023-05-10 10:00',
    });
    expect(rowsOf(await report('2023-01-01', '2023-12-31'), 'esf_by_employment')).toMatchObject({
      unknown: 1,
    });

    await database.db
      .updateTable('residents')
      .set({ employment_status: 'student', gender: 'male' })
      .where('id', '=', resident)
      .execute();
    const completed = await report('2023-01-01', '2023-12-31');
    expect(rowsOf(completed, 'esf_by_employment')).toMatchObject({ inactive: 1, unknown: 0 });
    expect(rowsOf(completed, 'esf_participants', 'male')).toEqual({ participants: 1 });

    await sql`UPDATE report_participants SET complete_until = now() - interval '1 day' WHERE resident_id = ${resident}`.execute(
      database.db,
    );
    await database.db
      .updateTable('residents')
      .set({ education_level: 6 })
      .where('id', '=', resident)
      .execute();
    expect(rowsOf(await report('2023-01-01', '2023-12-31'), 'esf_by_education')).toMatchObject({
      unknown: 1,
      isced_5_8: 0,
    });
  });

  it('moves the entry back when an earlier service is logged late, keeping the age at that day', async () => {
    const resident = await addResident(database.db, center.id, {
      surname: 'Οικονόμου',
      gender: 'male',
      birthDate: '2004-06-01',
      employment: 'student',
    });
    await addRequest(database.db, center.id, workerId, {
      residentId: resident,
      at: '2022-07-01 10:00',
    });
    await addRequest(database.db, center.id, workerId, {
      residentId: resident,
      at: '2022-05-01 10:00',
    });
    const entries = await entriesOf(resident);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.first_served_at.toISOString()).toBe('2022-05-01T07:00:00.000Z');
    expect(entries[0]?.age_at_entry).toBe(17);
    const may = await report('2022-05-01', '2022-05-31');
    expect(rowsOf(may, 'esf_by_age_band')).toMatchObject({ under_18: 1 });
    expect((await report('2022-07-01', '2022-07-31')).headline).toMatchObject({
      newResidents: 0,
      returningResidents: 1,
    });
  });

  it('counts a merged pair once, from the earlier entry', async () => {
    const survivor = await addResident(database.db, center.id, {
      surname: 'Παππά',
      gender: 'female',
    });
    const duplicate = await addResident(database.db, center.id, {
      surname: 'Παππα',
      gender: 'female',
    });
    await addRequest(database.db, center.id, workerId, {
      residentId: survivor,
      at: '2021-09-01 10:00',
    });
    await addRequest(database.db, center.id, workerId, {
      residentId: duplicate,
      at: '2021-03-01 10:00',
    });
    expect((await report('2021-01-01', '2021-12-31')).headline).toMatchObject({
      servedUnique: 2,
      newResidents: 2,
    });

    const merged = await coordinator.post(`/api/residents/${survivor}/merge`, {
      duplicateId: duplicate,
      reason: 'Ίδιο πρόσωπο',
    });
    expect(merged.statusCode).toBe(200);
    const entries = await entriesOf(survivor);
    expect(entries.map((e) => e.first_served_at.toISOString())).toEqual([
      '2021-03-01T08:00:00.000Z',
    ]);
    const year = await report('2021-01-01', '2021-12-31');
    expect(year.headline).toMatchObject({ servedUnique: 1, newResidents: 1 });
    expect(rowsOf(year, 'activity_by_month', 'served_unique')).toMatchObject({
      '2021-03': 1,
      '2021-09': 1,
    });
    const september = await report('2021-09-01', '2021-09-30');
    expect(september.headline).toMatchObject({
      servedUnique: 1,
      newResidents: 0,
      returningResidents: 1,
    });
  });

  it('keeps the duplicate’s entry facts when its first service was an event, every time', async () => {
    // Moving the attendance first would make the survivor an entry from today's file on the same
    // day; the duplicate's entry must win, not whichever entry has the smaller random id.
    const event = await sql<{ id: string }>`
      INSERT INTO events (center_id, title_el, place, starts_at, ends_at, capacity,
        registration_opens_at, registration_closes_at, status)
      VALUES (${center.id}, 'Ενημέρωση', 'Αίθουσα', ${athens('2020-04-02 18:00')},
        ${athens('2020-04-02 20:00')}, 20, ${athens('2020-03-01 09:00')},
        ${athens('2020-04-02 12:00')}, 'published')
      RETURNING id`.execute(database.db);
    for (const attempt of [1, 2, 3, 4, 5]) {
      const survivor = await addResident(database.db, center.id, {
        surname: `Ραφαήλ${attempt}`,
        gender: 'male',
        employment: 'employed',
      });
      const duplicate = await addResident(database.db, center.id, {
        surname: `Ραφαηλ${attempt}`,
        gender: 'female',
        employment: 'unemployed',
      });
      const phone = `69100000${attempt}0`;
      await sql`
        INSERT INTO event_registrations (center_id, event_id, resident_id, name, phone, person_key,
          source, status, attended_at)
        VALUES (${center.id}, ${event.rows[0]?.id}, ${duplicate}, 'Ραφαήλ', ${phone}, ${phone},
          'staff', 'attended', ${athens('2020-04-02 18:10')})`.execute(database.db);

      const merged = await coordinator.post(`/api/residents/${survivor}/merge`, {
        duplicateId: duplicate,
        reason: 'Ίδιο πρόσωπο',
      });
      expect(merged.statusCode).toBe(200);
      const entries = await entriesOf(survivor);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ gender: 'female', employment_status: 'unemployed' });
      expect(entries[0]?.first_served_at.toISOString()).toBe('2020-04-02T15:10:00.000Z');
    }
    const year = await report('2020-01-01', '2020-12-31');
    expect(rowsOf(year, 'esf_participants', 'female')).toEqual({ participants: 5 });
    expect(rowsOf(year, 'esf_by_employment')).toMatchObject({ unemployed: 5, employed: 0 });
  });
});
