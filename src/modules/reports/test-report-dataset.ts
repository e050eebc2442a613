import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { seedOrganization } from '../../../test/helpers/fixtures.js';
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
 * The hand-made Center of the report tests, every figure of 2025 known (worked out in the
 * comments and asserted in reports.db.test.ts). `ids` must hold the staff ids `coordinator`,
 * `worker` and `second`; the residents' and the event's ids are added to it.
 */
export async function seedReportDataset(
  db: Db,
  c: string,
  ids: Record<string, string>,
): Promise<void> {
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
export async function seedOtherCenter(db: Db, c: string, staffId: string): Promise<void> {
  const resident = await addResident(db, c, { surname: 'Ξένος', gender: 'male' });
  await addRequest(db, c, staffId, { residentId: resident, at: '2025-05-05 10:00' });
}
