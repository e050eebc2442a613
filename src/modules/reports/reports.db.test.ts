import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import type { Actor } from '../auth/actor.js';
import type { PeriodReport, ReportTable } from './report-types.js';
import { buildPeriodReport } from './reports.service.js';
import { seedOtherCenter, seedReportDataset } from './test-report-dataset.js';

/**
 * A small hand-made Center whose every figure is known (worked out in the comments), for the year
 * 2025 in Athens time. Anything not in 2025 sits just outside it: 23:30 on 31 Dec 2024 and 00:30
 * on 1 Jan 2026, Athens time (both are 2025 or 2024 in UTC, the other way round).
 */
let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let coordinator: TestClient;
let reception: TestClient;
let administrator: TestClient;
let otherCoordinator: TestClient;
const ids: Record<string, string> = {};

const year = '/api/reports/period?from=2025-01-01&to=2025-12-31';

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const db = database.db;
  center = await seedCenter(db, 'reports-a');
  const other = await seedCenter(db, 'reports-b');
  const coord = await seedStaff(db, testApp.keyRing, center, 'coordinator');
  const worker = await seedStaff(db, testApp.keyRing, center, 'social_worker');
  const second = await seedStaff(db, testApp.keyRing, center, 'social_worker');
  ids.coordinator = coord.staff.id;
  ids.worker = worker.staff.id;
  ids.second = second.staff.id;
  coordinator = new TestClient(testApp.app, 'el');
  await coordinator.signIn(coord, center.slug);
  reception = new TestClient(testApp.app, 'el');
  await reception.signIn(await seedStaff(db, testApp.keyRing, center, 'reception'), center.slug);
  administrator = new TestClient(testApp.app, 'el');
  await administrator.signIn(
    await seedStaff(db, testApp.keyRing, center, 'administrator'),
    center.slug,
  );
  const otherCoord = await seedStaff(db, testApp.keyRing, other, 'coordinator');
  otherCoordinator = new TestClient(testApp.app, 'el');
  await otherCoordinator.signIn(otherCoord, other.slug);
  await seedReportDataset(db, center.id, ids);
  await seedOtherCenter(db, other.id, otherCoord.staff.id);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

function tableOf(report: PeriodReport, id: string): ReportTable {
  const table = report.tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

function values(report: PeriodReport, id: string, column: string): Record<string, number | null> {
  const table = tableOf(report, id);
  return Object.fromEntries(
    [...table.rows, ...(table.total ? [table.total] : [])].map((r) => [
      r.key,
      r.values[column] ?? null,
    ]),
  );
}

function withoutGeneratedAt(report: PeriodReport): Omit<PeriodReport, 'generatedAt'> {
  const { generatedAt: _generatedAt, ...figures } = report;
  return figures;
}

async function yearReport(client = coordinator, query = ''): Promise<PeriodReport> {
  const response = await client.get(`${year}${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as PeriodReport;
}

describe('period report', () => {
  it('counts unique residents served, new and returning, within Athens days', async () => {
    const report = await yearReport();
    expect(report.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(report.definitionsVersion).toBe('esf-plus-2021-v1');
    expect(report.headline).toEqual({
      servedUnique: 7,
      newResidents: 6,
      returningResidents: 1,
      requests: 7,
      casesOpened: 2,
      casesClosed: 2,
      counselingSessions: 2,
      referrals: 2,
      appointments: 2,
      noShowRate: 0.5,
      eventParticipants: 1,
    });
    expect(values(report, 'residents_served', 'residents')).toEqual({
      new: 6,
      returning: 1,
      total: 7,
    });
  });

  it('puts 23:30 on 31 December and 00:30 on 1 January in the right year and month', async () => {
    const report = await yearReport();
    const trend = Object.fromEntries(
      report.trend.map((t) => [t.month, [t.servedUnique, t.requests]]),
    );
    expect(report.trend).toHaveLength(12);
    expect(trend['2025-01']).toEqual([1, 1]); // R6 at 00:30 on 1 January
    expect(trend['2025-12']).toEqual([1, 1]); // R4 at 23:30 on 31 December
    expect(trend['2025-05']).toEqual([2, 0]); // the group session
    const previous = await (
      await coordinator.get('/api/reports/period?from=2024-12-01&to=2024-12-31')
    ).json();
    expect(previous.headline).toMatchObject({ servedUnique: 1, requests: 1, newResidents: 1 }); // R7
    const next = await (
      await coordinator.get('/api/reports/period?from=2026-01-01&to=2026-01-31')
    ).json();
    expect(next.headline).toMatchObject({ servedUnique: 1, requests: 1, newResidents: 1 }); // R5
  });

  it('breaks requests down by axis, channel, outcome and staff member', async () => {
    const report = await yearReport();
    expect(values(report, 'requests_by_axis', 'requests')).toMatchObject({
      benefits: 5,
      reception: 2,
      counseling: 0,
      total: 7,
    });
    expect(values(report, 'requests_by_channel', 'requests')).toMatchObject({
      in_person: 5,
      phone: 2,
      email: 0,
    });
    expect(values(report, 'requests_by_outcome', 'requests')).toMatchObject({
      answered: 7,
      referred: 0,
    });
    const byStaff = tableOf(report, 'requests_by_staff');
    expect(byStaff.rows.map((r) => [r.key, r.values.requests])).toEqual([
      [ids.worker, 6],
      [ids.second, 1],
    ]);
  });

  it('counts cases with their durations, counseling sessions, applications and amounts', async () => {
    const report = await yearReport();
    expect(values(report, 'cases', 'cases')).toEqual({ opened: 2, closed: 2 });
    expect(values(report, 'cases', 'median_days')).toEqual({ opened: null, closed: 35 });
    expect(values(report, 'cases_closed_by_outcome', 'median_days')).toMatchObject({
      goals_met: 30,
      other: 40,
    });
    expect(values(report, 'counseling_sessions', 'sessions')).toEqual({
      individual: 1,
      family: 0,
      group: 1,
      total: 2,
    });
    expect(values(report, 'counseling_sessions', 'participants')).toMatchObject({
      group: 2,
      total: 2,
    });
    const byBenefit = tableOf(report, 'applications_by_benefit');
    expect(Object.fromEntries(byBenefit.rows.map((r) => [r.key, r.values]))).toEqual({
      eee: { opened: 1, approved: 2, rejected: 0, amount: 350.5 },
      child_benefit: { opened: 1, approved: 0, rejected: 1, amount: 0 },
    });
    expect(values(report, 'applications_by_status', 'applications')).toMatchObject({
      approved: 1,
      rejected: 1,
      total: 2,
    });
    expect(values(report, 'applications_by_outcome', 'amount')).toMatchObject({
      approved: 350.5,
      total: 350.5,
    });
  });

  it('counts referrals by destination, status and turnaround, appointments and events', async () => {
    const report = await yearReport();
    const destinations = tableOf(report, 'referrals_by_destination');
    expect(
      destinations.rows.map((r) => [r.label.el, r.values.referrals, r.values.delivered]),
    ).toEqual([
      ['ΚΕΠ Υγείας Αμαρουσίου', 1, 1],
      ['Φορείς εκτός καταλόγου', 1, 0],
    ]);
    expect(values(report, 'referrals_by_status', 'referrals')).toMatchObject({
      completed: 1,
      requested: 1,
    });
    expect(values(report, 'referrals_turnaround', 'median_days')).toEqual({
      first_answer: 2,
      closure: 10,
    });
    expect(values(report, 'appointments_by_status', 'appointments')).toMatchObject({
      completed: 1,
      no_show: 1,
      cancelled: 1,
      booked: 0,
      total: 3,
    });
    const events = tableOf(report, 'events');
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]?.values).toEqual({ capacity: 20, registered: 2, attended: 1 });
  });

  it('computes the ESF+ indicators of the new participants, by gender', async () => {
    const report = await yearReport();
    expect(tableOf(report, 'esf_participants').rows[0]?.values).toEqual({
      total: 6,
      female: 3,
      male: 2,
      other: 0,
      gender_unknown: 1,
    });
    expect(values(report, 'esf_by_age_band', 'total')).toEqual({
      under_18: 1,
      age_18_29: 1,
      age_30_54: 1,
      age_55_plus: 2,
      unknown: 1,
      total: 6,
    });
    expect(values(report, 'esf_by_age_band', 'female')).toMatchObject({
      age_18_29: 1,
      age_55_plus: 2,
    });
    expect(values(report, 'esf_by_employment', 'total')).toEqual({
      unemployed: 1,
      long_term_unemployed: 1,
      inactive: 3,
      employed: 1,
      unknown: 1,
      total: 6,
    });
    expect(values(report, 'esf_by_education', 'total')).toEqual({
      isced_0_2: 2,
      isced_3_4: 1,
      isced_5_8: 1,
      unknown: 2,
      total: 6,
    });
    const vulnerable = tableOf(report, 'esf_vulnerable');
    const row = (key: string) => vulnerable.rows.find((r) => r.key === key)?.values;
    expect(row('disability')).toEqual({
      total: 2,
      female: 0,
      male: 2,
      other: 0,
      gender_unknown: 0,
      prefer_not_to_say: 1,
      not_known: 2,
    });
    expect(row('third_country_national')).toMatchObject({
      total: 1,
      gender_unknown: 1,
      prefer_not_to_say: 1,
      not_known: 1,
    });
    expect(row('homeless')).toMatchObject({ total: 0, prefer_not_to_say: 1, not_known: 3 });
  });

  it('narrows served residents and requests to a staff member, axis or channel', async () => {
    const byStaff = await yearReport(coordinator, `&staffId=${ids.second}`);
    expect(byStaff.headline).toMatchObject({
      servedUnique: 1,
      newResidents: 1,
      requests: 1,
      appointments: 0,
    });
    expect(byStaff.filters).toEqual({ axis: null, channel: null, staffId: ids.second });
    const byPhone = await yearReport(coordinator, '&channel=phone');
    expect(byPhone.headline).toMatchObject({ servedUnique: 0, requests: 2 });
    const counseling = await yearReport(coordinator, '&axis=counseling');
    expect(counseling.headline).toMatchObject({ servedUnique: 2, newResidents: 1, requests: 0 });
    expect(tableOf(counseling, 'requests_by_axis').filtersApplied).toEqual([
      'axis',
      'channel',
      'staffId',
    ]);
    expect(tableOf(counseling, 'cases').filtersApplied).toEqual(['staffId']);
  });

  it('never counts another Center', async () => {
    const mine = await yearReport();
    expect(mine.headline.requests).toBe(7);
    const theirs = await yearReport(otherCoordinator);
    expect(theirs.headline).toMatchObject({
      servedUnique: 1,
      requests: 1,
      casesOpened: 0,
      eventParticipants: 0,
    });
  });

  it('answers six reports and two exports at once with the same figures', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => coordinator.get(year)));
    const files = await Promise.all(
      Array.from({ length: 2 }, () =>
        coordinator.get('/api/reports/export?from=2025-01-01&to=2025-12-31&format=csv'),
      ),
    );
    expect(files.map((f) => f.statusCode)).toEqual([200, 200]);
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(200));
    const figures = answers.map((a) => withoutGeneratedAt(a.json() as PeriodReport));
    for (const other of figures.slice(1)) expect(other).toEqual(figures[0]);
  });

  it('takes turns when more reports start than the pool has connections, logins still work', async () => {
    // All ten start in one tick, so each takes the first of its three connections (the pool has
    // ten) before any asks for the other two: without turns, all ten would wait forever.
    const actor = { centerId: center.id, staffId: ids.coordinator!, role: 'coordinator', ip: null };
    const query = { from: '2025-01-01', to: '2025-12-31' };
    const reports = Array.from({ length: 10 }, () =>
      buildPeriodReport(database.db, actor as Actor, query),
    );
    const late = new TestClient(testApp.app, 'el');
    const login = late.signIn(
      await seedStaff(database.db, testApp.keyRing, center, 'reception'),
      center.slug,
    );
    const figures = (await Promise.all(reports)).map(withoutGeneratedAt);
    expect((await login).statusCode).toBe(200);
    expect(figures).toHaveLength(10);
    for (const other of figures.slice(1)) expect(other).toEqual(figures[0]);
    expect(figures[0]).toEqual(withoutGeneratedAt(await yearReport()));
  });

  it('refuses reception and administrators, and a period that ends before it starts', async () => {
    expect((await reception.get(year)).statusCode).toBe(403);
    expect((await administrator.get(year)).statusCode).toBe(403);
    const backwards = await coordinator.get('/api/reports/period?from=2025-02-01&to=2025-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors?.[0] ?? backwards.json()).toMatchObject({
      field: 'querystring.to',
    });
  });
});

describe('drill-down', () => {
  const drill = (query: string, client = coordinator) =>
    client.get(`/api/reports/drill?from=2025-01-01&to=2025-12-31&${query}`);

  it('lists the residents behind a number, in name order, and audits the read', async () => {
    const response = await drill('table=residents_served&row=new');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(6);
    expect(body.items.map((i: { name: string }) => i.name.split(' ')[0])).toEqual([
      'Βασιλείου',
      'Γεωργίου',
      'Δημητρίου',
      'Ζαχαρίου',
      'Θεοδώρου',
      'Καραγιάννη',
    ]);
    expect(body.items[3]).toEqual({
      residentId: ids.r6,
      name: 'Ζαχαρίου Δοκιμή',
      servedOn: '2025-01-01',
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('center_id', '=', center.id)
      .where('action', '=', 'report.drill')
      .execute();
    expect(audit.at(-1)?.details).toMatchObject({
      table: 'residents_served',
      row: 'new',
      total: 6,
    });
    expect(JSON.stringify(audit.at(-1)?.details)).not.toContain('Ζαχαρίου');
  });

  it('drills into requests, months and indicators, one page at a time', async () => {
    const phone = (await drill('table=requests_by_channel&row=in_person')).json();
    expect(phone.total).toBe(4);
    const december = (await drill('table=activity_by_month&row=2025-12')).json();
    expect(december.items.map((i: { residentId: string }) => i.residentId)).toEqual([ids.r4]);
    const older = (await drill('table=esf_by_age_band&row=age_55_plus&pageSize=1&page=2')).json();
    expect(older).toEqual({ total: 2, items: [expect.objectContaining({ residentId: ids.r10 })] });
    const disabled = (await drill('table=esf_vulnerable&row=disability')).json();
    expect(disabled.items.map((i: { residentId: string }) => i.residentId)).toEqual([
      ids.r2,
      ids.r8,
    ]);
  });

  it('refuses unknown tables and rows, and callers without the permissions', async () => {
    expect((await drill('table=counseling_sessions&row=group')).statusCode).toBe(400);
    expect((await drill('table=residents_served&row=everyone')).statusCode).toBe(400);
    for (const query of [
      'table=requests_by_axis&row=zzz',
      'table=requests_by_staff&row=zzz',
      'table=esf_by_age_band&row=zzz',
      'table=esf_vulnerable&row=zzz',
    ]) {
      const unknown = await drill(query);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors?.[0] ?? unknown.json()).toMatchObject({
        field: 'querystring.row',
      });
    }
    expect((await drill('table=requests_by_axis&row=benefits')).statusCode).toBe(200);
    expect((await drill('table=esf_by_age_band&row=age_55_plus')).statusCode).toBe(200);
    expect((await drill('table=esf_vulnerable&row=homeless')).statusCode).toBe(200);
    expect((await drill(`table=requests_by_staff&row=${ids.worker}`)).statusCode).toBe(200);
    expect((await drill('table=residents_served&row=new', reception)).statusCode).toBe(403);
    expect((await drill('table=residents_served&row=new', administrator)).statusCode).toBe(403);
  });
});
