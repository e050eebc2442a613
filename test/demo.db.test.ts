import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoResult } from '../scripts/demo/load-demo.js';
import { todayAtCenter } from '../src/modules/applications/today.js';
import { addDays } from '../src/modules/appointments/calendar/time.js';
import { ensureFirstRun } from '../src/modules/centers/first-run.js';
import type { PeriodReport } from '../src/modules/reports/report-types.js';
import type { StaffRow } from '../src/modules/staff/staff.repository.js';
import { createTestApp, TestClient, type TestApp } from './helpers/app.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

/** `npm run demo`'s seeding on a fresh database: what a person trying Koinotita will see. */
let database: TestDatabase;
let testApp: TestApp;
let result: Extract<DemoResult, { loaded: true }>;
let centerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  await ensureFirstRun(database.db);
  const loaded = await loadDemo(database.db, {
    keyRing: testApp.keyRing,
    origin: 'http://localhost:3000',
    reminderHoursBefore: 24,
  });
  if (!loaded.loaded) throw new Error(loaded.reason);
  result = loaded;
  const center = await database.db.selectFrom('centers').select('id').executeTakeFirstOrThrow();
  centerId = center.id;
}, 120_000);

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function signIn(username: string): Promise<TestClient> {
  const account = result.accounts.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  const client = new TestClient(testApp.app, 'el');
  const login = await client.signIn({
    staff: {} as StaffRow,
    username: account.username,
    password: account.password,
    totpSecret: null,
  });
  expect(login.statusCode).toBe(200);
  return client;
}

describe('npm run demo', () => {
  it('refuses a second run and changes nothing', async () => {
    const count = async () =>
      (await sql<{ n: string }>`SELECT count(*) AS n FROM residents`.execute(database.db)).rows[0]
        ?.n;
    const before = await count();
    const again = await loadDemo(database.db, {
      keyRing: testApp.keyRing,
      origin: 'http://localhost:3000',
      reminderHoursBefore: 24,
    });
    expect(again.loaded).toBe(false);
    expect(await count()).toBe(before);
  });

  it('has the sample directory and a partner account tied to one of its organizations', async () => {
    expect(result.counts.directoryOrganizations).toBeGreaterThan(5);
    const partner = await database.db
      .selectFrom('staff')
      .innerJoin('directory_organizations as o', 'o.id', 'staff.partner_organization_id')
      .select(['staff.username', 'o.name'])
      .where('staff.role', '=', 'partner')
      .execute();
    expect(partner).toEqual([{ username: 'synergatis', name: result.partnerOrganization }]);
    expect(new Set(result.accounts.map((a) => a.role)).size).toBe(6);
    expect(result.accounts.every((a) => a.password.length >= 12)).toBe(true);
  });

  it('makes referrals in every state, each with its history, consent and closing time', async () => {
    const { rows } = await sql<{
      status: string;
      outcome: string | null;
      outcome_reason: string | null;
      status_reason: string | null;
      closed_at: Date | null;
      consent_id: string | null;
      consent_override_by: string | null;
      consent_at: Date | null;
      created_at: Date;
      due_on: string;
      first_to: string | null;
      first_at: Date | null;
      last_to: string | null;
      changes: string;
      timeline: string;
    }>`
      SELECT f.status, f.outcome, f.outcome_reason, f.status_reason, f.closed_at, f.consent_id,
        f.consent_override_by, c.recorded_at AS consent_at, f.created_at, f.due_on::text AS due_on,
        (SELECT to_status FROM referral_status_changes s WHERE s.referral_id = f.id
          ORDER BY at, from_status NULLS FIRST LIMIT 1) AS first_to,
        (SELECT at FROM referral_status_changes s WHERE s.referral_id = f.id
          ORDER BY at LIMIT 1) AS first_at,
        (SELECT to_status FROM referral_status_changes s WHERE s.referral_id = f.id
          ORDER BY at DESC LIMIT 1) AS last_to,
        (SELECT count(*) FROM referral_status_changes s WHERE s.referral_id = f.id) AS changes,
        (SELECT count(*) FROM timeline_entries t WHERE t.source_id = f.id
          AND t.kind = 'referral.created') AS timeline
      FROM referrals f LEFT JOIN consents c ON c.id = f.consent_id`.execute(database.db);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set([
        'requested',
        'received',
        'accepted',
        'in_progress',
        'completed',
        'rejected',
        'cancelled',
      ]),
    );
    for (const r of rows) {
      expect(r.first_to).toBe('requested');
      expect(r.first_at?.getTime()).toBe(r.created_at.getTime());
      expect(r.last_to).toBe(r.status);
      expect(Number(r.timeline)).toBe(1);
      expect(r.closed_at !== null).toBe(['completed', 'rejected', 'cancelled'].includes(r.status));
      expect(r.consent_id !== null || r.consent_override_by !== null).toBe(true);
      if (r.consent_at) expect(r.consent_at.getTime()).toBeLessThan(r.created_at.getTime());
      if (r.status === 'rejected') expect(r.status_reason).not.toBeNull();
      if (r.outcome === 'not_delivered') expect(r.outcome_reason).not.toBeNull();
      expect(r.created_at.getTime()).toBeLessThan(Date.now());
    }
    const outcomes = rows.filter((r) => r.status === 'completed').map((r) => r.outcome);
    expect(outcomes).toContain('delivered');
    expect(outcomes).toContain('not_delivered');
    expect(rows.filter((r) => r.consent_override_by !== null)).toHaveLength(1);
    const today = todayAtCenter();
    const overdue = rows.filter(
      (r) => !['completed', 'rejected', 'cancelled'].includes(r.status) && r.due_on < today,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThanOrEqual(5);
  });

  it('shows the partner only the referrals sent to its organization', async () => {
    const partner = await signIn('synergatis');
    const list = await partner.get('/api/partner/referrals');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { destinationName: string }[];
    const sent = await database.db
      .selectFrom('referrals')
      .innerJoin('staff', 'staff.partner_organization_id', 'referrals.organization_id')
      .select('referrals.id')
      .where('staff.username', '=', 'synergatis')
      .execute();
    expect(items.length).toBeGreaterThan(0);
    expect(items).toHaveLength(sent.length);
  });

  it('makes events within capacity: past ones attended, one upcoming with a waitlist, one draft', async () => {
    const { rows } = await sql<{
      status: string;
      starts_at: Date;
      capacity: number;
      seats_taken: number;
      holding: string;
      waitlisted: string;
      attended: string;
      residents: string;
      total: string;
    }>`
      SELECT e.status, e.starts_at, e.capacity, e.seats_taken,
        count(r.id) FILTER (WHERE r.status IN ('registered', 'attended', 'offered')) AS holding,
        count(r.id) FILTER (WHERE r.status = 'waitlisted') AS waitlisted,
        count(r.id) FILTER (WHERE r.status = 'attended') AS attended,
        count(r.resident_id) AS residents, count(r.id) AS total
      FROM events e LEFT JOIN event_registrations r ON r.event_id = e.id
      GROUP BY e.center_id, e.id ORDER BY e.starts_at`.execute(database.db);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThanOrEqual(5);
    for (const e of rows) {
      expect(Number(e.holding)).toBe(e.seats_taken);
      expect(e.seats_taken).toBeLessThanOrEqual(e.capacity);
    }
    const past = rows.filter((e) => e.starts_at.getTime() < Date.now());
    expect(past.length).toBeGreaterThanOrEqual(2);
    expect(past.every((e) => Number(e.attended) > 0)).toBe(true);
    const upcoming = rows.filter((e) => e.starts_at.getTime() > Date.now());
    const open = upcoming.find((e) => e.status === 'published');
    expect(open?.seats_taken).toBe(open?.capacity);
    expect(Number(open?.waitlisted)).toBeGreaterThan(0);
    expect(Number(open?.residents)).toBeGreaterThan(0);
    expect(Number(open?.residents)).toBeLessThan(Number(open?.total));
    expect(upcoming.filter((e) => e.status === 'draft')).toHaveLength(1);
  });

  it('gives the reports dashboard a year of numbers, trend and ESF+ indicators', async () => {
    const coordinator = await signIn('syntonistria');
    const to = addDays(todayAtCenter(), -1);
    const from = addDays(to, -364);
    const response = await coordinator.get(`/api/reports/period?from=${from}&to=${to}`);
    expect(response.statusCode).toBe(200);
    const report = response.json() as PeriodReport;
    const h = report.headline;
    expect(h.servedUnique).toBeGreaterThan(150);
    expect(h.newResidents).toBeGreaterThan(0);
    expect(h.returningResidents).toBeGreaterThan(0);
    expect(h.requests).toBeGreaterThan(h.servedUnique);
    expect(h.casesOpened).toBeGreaterThan(0);
    expect(h.casesClosed).toBeGreaterThan(0);
    expect(h.counselingSessions).toBeGreaterThan(0);
    expect(h.referrals).toBeGreaterThan(15);
    expect(h.appointments).toBeGreaterThan(0);
    expect(h.noShowRate).toBeGreaterThan(0);
    expect(h.eventParticipants).toBeGreaterThan(0);
    expect(report.trend.filter((m) => m.servedUnique > 0).length).toBeGreaterThanOrEqual(11);
    for (const id of [
      'esf_participants',
      'esf_by_age_band',
      'esf_by_employment',
      'esf_by_education',
      'esf_vulnerable',
    ]) {
      const table = report.tables.find((t) => t.id === id);
      const values = (table?.rows ?? []).flatMap((row) => Object.values(row.values));
      expect(
        values.some((v) => (v ?? 0) > 0),
        id,
      ).toBe(true);
    }
    const entries = await sql<{ n: string; unknown_gender: string }>`
      SELECT count(*) AS n, count(*) FILTER (WHERE gender IS NULL) AS unknown_gender
      FROM report_participants WHERE center_id = ${centerId}`.execute(database.db);
    expect(Number(entries.rows[0]?.n)).toBeGreaterThan(150);
    expect(Number(entries.rows[0]?.unknown_gender)).toBe(0);
  });
});
