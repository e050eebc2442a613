import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedOrganization, seedStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import type { PeriodReport, ReportTable } from './report-types.js';
import {
  addAppointment,
  addAppointmentType,
  addCounselingSession,
  addRequest,
  addResident,
  allEsf,
  athens,
} from './test-report-data.js';

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
  await seedDataset(db, center.id);
  await seedOtherCenter(db, other.id, otherCoord.staff.id);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function seedDataset(db: TestDatabase['db'], c: string): Promise<void> {
  const w = ids.worker ?? '';
  // R1 returning: first served in 2024.
  ids.r1 = await addResident(db, c, {
    surname: 'Αλεξίου',
    gender: 'female',
    birthDate: '1990-06-15',
    employment: 'employed',
    education: 6,
    esf: allEsf('no'),
  });
  // New in 2025: R2 (15, student, ISCED 1, disability yes), R3 (65, long-term unemployed,
  // ISCED 3, prefers not to say; counseling only), R4 (nothing known but Albanian nationality),
  // R6 (29 on 1 Jan 2025, self-employed, ISCED 5), R8 (45, inactive, certified 67 %;
  // appointment only), R10 (75, retired, ISCED 0, certified 30 %; event only).
  ids.r2 = await addResident(db, c, {
    surname: 'Βασιλείου',
    gender: 'male',
    birthDate: '2010-01-01',
    employment: 'student',
    education: 1,
    esf: { ...allEsf('no'), disability: 'yes' },
  });
  ids.r3 = await addResident(db, c, {
    surname: 'Γεωργίου',
    gender: 'female',
    birthDate: '1960-01-01',
    employment: 'long_term_unemployed',
    education: 3,
    esf: allEsf('prefer_not_to_say'),
  });
  ids.r4 = await addResident(db, c, { surname: 'Δημητρίου', nationality: 'AL' });
  ids.r5 = await addResident(db, c, {
    surname: 'Ευαγγέλου',
    gender: 'male',
    birthDate: '2000-01-01',
    employment: 'unemployed',
  });
  ids.r6 = await addResident(db, c, {
    surname: 'Ζαχαρίου',
    gender: 'female',
    birthDate: '1995-01-02',
    employment: 'self_employed',
    education: 5,
    esf: allEsf('no'),
  });
  ids.r7 = await addResident(db, c, { surname: 'Ηλιόπουλος', gender: 'male' });
  ids.r8 = await addResident(db, c, {
    surname: 'Θεοδώρου',
    gender: 'male',
    birthDate: '1980-01-01',
    employment: 'inactive',
    disabilityPercent: 67,
    nationality: 'GR',
  });
  ids.r9 = await addResident(db, c, { surname: 'Ιωάννου', gender: 'female' });
  ids.r10 = await addResident(db, c, {
    surname: 'Καραγιάννη',
    gender: 'female',
    birthDate: '1950-05-05',
    employment: 'retired',
    education: 0,
    disabilityPercent: 30,
  });

  // Requests: 7 in 2025 (benefits 5 in person, reception 2 by phone; two anonymous).
  await addRequest(db, c, w, { residentId: ids.r1 ?? '', at: '2024-05-10 10:00' });
  await addRequest(db, c, w, { residentId: ids.r1 ?? '', at: '2025-03-01 10:00' });
  await addRequest(db, c, w, { residentId: ids.r2 ?? '', at: '2025-02-10 10:00' });
  await addRequest(db, c, w, { residentId: ids.r4 ?? '', at: '2025-12-31 23:30' });
  await addRequest(db, c, w, { residentId: ids.r5 ?? '', at: '2026-01-01 00:30' });
  await addRequest(db, c, ids.second ?? '', { residentId: ids.r6 ?? '', at: '2025-01-01 00:30' });
  await addRequest(db, c, w, { residentId: ids.r7 ?? '', at: '2024-12-31 23:30' });
  await addRequest(db, c, w, { residentId: null, at: '2025-06-15 10:00' });
  const phone = { axis: 'reception', channel: 'phone' } as const;
  await addRequest(db, c, w, { residentId: null, at: '2025-06-16 10:00', ...phone });
  await addRequest(db, c, w, { residentId: null, at: '2025-07-01 10:00', ...phone });

  // Counseling: an individual session (R3) and a group one (R3, R1).
  await addCounselingSession(db, c, w, {
    at: '2025-04-01 10:00',
    kind: 'individual',
    residentIds: [ids.r3 ?? ''],
  });
  await addCounselingSession(db, c, w, {
    at: '2025-05-01 10:00',
    kind: 'group',
    residentIds: [ids.r3 ?? '', ids.r1 ?? ''],
  });

  // Appointments: R8 completed, R9 no-show, one cancelled → held 2, no-show rate 0.5.
  const type = await addAppointmentType(db, c);
  await addAppointment(db, c, {
    typeId: type,
    staffId: w,
    residentId: ids.r8 ?? '',
    at: '2025-06-10 10:00',
    status: 'completed',
  });
  await addAppointment(db, c, {
    typeId: type,
    staffId: w,
    residentId: ids.r9 ?? '',
    at: '2025-06-11 10:00',
    status: 'no_show',
  });
  await addAppointment(db, c, {
    typeId: type,
    staffId: w,
    residentId: null,
    at: '2025-06-12 10:00',
    status: 'cancelled',
  });

  // Cases: C1 opened and closed in 2025 (30 days), C2 from 2024 closed in 2025 (40 days), C3 open.
  await sql`
    INSERT INTO cases (center_id, resident_id, topics, status, outcome, opened_at, closed_at, assigned_worker_id)
    VALUES
      (${c}, ${ids.r2}, '{income}', 'closed', 'goals_met', ${athens('2025-02-01 09:00')}, ${athens('2025-03-03 15:00')}, ${w}),
      (${c}, ${ids.r1}, '{income}', 'closed', 'other', ${athens('2024-12-01 09:00')}, ${athens('2025-01-10 09:00')}, ${w}),
      (${c}, ${ids.r3}, '{housing}', 'open', NULL, ${athens('2025-05-01 09:00')}, NULL, ${w})
  `.execute(db);

  // Applications: ΕΕΕ approved in 2025 twice (200 + 150.50, one opened in 2024), child benefit
  // opened and rejected in 2025.
  await sql`
    INSERT INTO applications (center_id, resident_id, benefit, status, decision_amount, decided_at, created_at)
    VALUES
      (${c}, ${ids.r2}, 'eee', 'approved', 200, '2025-03-01', ${athens('2025-02-15 10:00')}),
      (${c}, ${ids.r3}, 'child_benefit', 'rejected', NULL, '2025-05-01', ${athens('2025-04-02 10:00')}),
      (${c}, ${ids.r1}, 'eee', 'approved', 150.50, '2025-01-15', ${athens('2024-11-01 10:00')})
  `.execute(db);

  // Referrals: to a directory organization (answered in 2 days, completed in 10) and outside it.
  const org = await seedOrganization(db, c, { name: 'ΚΕΠ Υγείας Αμαρουσίου' });
  const made = await sql<{ id: string }>`
    INSERT INTO referrals (center_id, resident_id, organization_id, external_organization, reason,
      urgency, status, outcome, owner_id, due_on, created_by, consent_override_by, created_at, closed_at)
    VALUES
      (${c}, ${ids.r2}, ${org}, NULL, 'Υγεία', 'routine', 'completed', 'delivered', ${w}, '2025-03-20',
        ${w}, ${ids.coordinator}, ${athens('2025-02-20 10:00')}, ${athens('2025-03-02 10:00')}),
      (${c}, ${ids.r3}, NULL, 'Κέντρο Ψυχικής Υγείας', 'Στήριξη', 'routine', 'requested', NULL, ${w},
        '2025-07-01', ${w}, ${ids.coordinator}, ${athens('2025-06-01 10:00')}, NULL)
    RETURNING id`.execute(db);
  await sql`
    INSERT INTO referral_status_changes (center_id, referral_id, at, from_status, to_status, actor_kind)
    VALUES (${c}, ${made.rows[0]?.id}, ${athens('2025-02-22 10:00')}, 'requested', 'accepted', 'system')
  `.execute(db);

  // Events: one published in September (R10 attended, a guest registered), one draft.
  const event = await sql<{ id: string }>`
    INSERT INTO events (center_id, title_el, title_en, place, starts_at, ends_at, capacity,
      registration_opens_at, registration_closes_at, status)
    VALUES (${c}, 'Ενημέρωση για το ΕΕΕ', 'Minimum income briefing', 'Αίθουσα', ${athens('2025-09-05 18:00')},
      ${athens('2025-09-05 20:00')}, 20, ${athens('2025-08-01 09:00')}, ${athens('2025-09-05 12:00')}, 'published'),
      (${c}, 'Πρόχειρη', NULL, 'Αίθουσα', ${athens('2025-10-05 18:00')}, ${athens('2025-10-05 20:00')}, 20,
      ${athens('2025-08-01 09:00')}, ${athens('2025-10-05 12:00')}, 'draft')
    RETURNING id`.execute(db);
  ids.event = event.rows[0]?.id ?? '';
  await sql`
    INSERT INTO event_registrations (center_id, event_id, resident_id, name, phone, person_key, source, status, attended_at)
    VALUES
      (${c}, ${ids.event}, ${ids.r10}, 'Καραγιάννη', '6900000001', '6900000001', 'staff', 'attended', ${athens('2025-09-05 18:10')}),
      (${c}, ${ids.event}, NULL, 'Επισκέπτης', '6900000002', '6900000002', 'public', 'registered', NULL)
  `.execute(db);
}

/** Another Center's resident and request in 2025: never counted in the first Center's report. */
async function seedOtherCenter(db: TestDatabase['db'], c: string, staffId: string): Promise<void> {
  const resident = await addResident(db, c, { surname: 'Ξένος', gender: 'male' });
  await addRequest(db, c, staffId, { residentId: resident, at: '2025-05-05 10:00' });
}

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
    expect((await drill('table=residents_served&row=new', reception)).statusCode).toBe(403);
    expect((await drill('table=residents_served&row=new', administrator)).statusCode).toBe(403);
  });
});
