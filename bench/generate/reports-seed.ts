import { performance } from 'node:perf_hooks';
import type pg from 'pg';

export const RESIDENTS = 200_000;
export const REQUESTS = 2_000_000;
const YEARS = 5;
const STAFF = 20;

/**
 * A generated Center for the reports benchmark, written in SQL (generate_series), deterministic
 * (setseed). Residents arrive over five years and come back less and less often (each request
 * falls at arrival + random² of the time since), so every year has new and returning residents;
 * every other activity is in proportion: 40k cases, 60k counseling sessions, 50k applications,
 * 100k past appointments, 30k referrals, 500 events with 20k registrations.
 *
 * The entry-sheet triggers are switched off for the bulk load and the entries made afterwards by
 * `report_backfill_participants()` (migration 0018), as a deployment importing history would.
 */
export async function seedReportsCenter(client: pg.Client, centerId: string): Promise<void> {
  const step = async (label: string, text: string, values: unknown[] = [centerId]) => {
    const started = performance.now();
    await client.query(text, values);
    console.error(`  ${label}: ${Math.round(performance.now() - started)} ms`);
  };
  await client.query('SELECT setseed(0.2026)');
  await step('staff', staffSql);
  await step('residents', residentsSql, [centerId, RESIDENTS, YEARS]);
  await client.query(
    `CREATE TEMP TABLE bench_people AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, created_at AS arrived
    FROM residents WHERE center_id = $1`,
    [centerId],
  );
  await client.query('CREATE UNIQUE INDEX ON bench_people (n)');
  await client.query(
    'CREATE TEMP TABLE bench_staff AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM staff WHERE center_id = $1',
    [centerId],
  );
  await client.query('ALTER TABLE requests DISABLE TRIGGER requests_report_participants');
  await client.query(
    'ALTER TABLE counseling_participants DISABLE TRIGGER counseling_participants_report_participants',
  );
  await client.query('ALTER TABLE appointments DISABLE TRIGGER USER');
  await client.query('ALTER TABLE event_registrations DISABLE TRIGGER USER');
  try {
    for (let batch = 0; batch < 10; batch += 1) {
      await step(`requests ${(batch + 1) * 10}%`, requestsSql, [
        centerId,
        REQUESTS / 10,
        RESIDENTS,
      ]);
    }
    await step('cases', casesSql, [centerId, RESIDENTS]);
    await step('counseling', counselingSql, [centerId, RESIDENTS]);
    await step('applications', applicationsSql, [centerId, RESIDENTS]);
    await step('appointments', appointmentsSql, [centerId, RESIDENTS, YEARS]);
    await step('referrals', referralsSql, [centerId, RESIDENTS]);
    await step('events', eventsSql, [centerId, RESIDENTS, YEARS]);
  } finally {
    await client.query('ALTER TABLE requests ENABLE TRIGGER requests_report_participants');
    await client.query(
      'ALTER TABLE counseling_participants ENABLE TRIGGER counseling_participants_report_participants',
    );
    await client.query('ALTER TABLE appointments ENABLE TRIGGER USER');
    await client.query('ALTER TABLE event_registrations ENABLE TRIGGER USER');
  }
  await step('entry sheets (backfill)', 'SELECT report_backfill_participants()', []);
  await step('vacuum analyze', 'VACUUM ANALYZE', []);
}

const staffSql = `
  INSERT INTO staff (center_id, username, display_name, role, password_hash, must_change_password)
  SELECT $1, 'reportstaff' || n, 'Λειτουργός ' || n, 'social_worker', 'not-a-hash', false
  FROM generate_series(1, ${STAFF}) AS n`;

// Attributes in rough proportion to a Greek urban Center; about 60 % answered the ESF+ questions.
const residentsSql = `
  INSERT INTO residents (center_id, surname, given_name, gender, birth_date, employment_status,
    education_level, disability_percent, nationality, esf, created_at)
  SELECT $1, 'Δημότης ' || n, 'Όνομα',
    CASE WHEN g.r < 0.52 THEN 'female' WHEN g.r < 0.975 THEN 'male' WHEN g.r < 0.98 THEN 'other' END,
    CASE WHEN random() < 0.95 THEN date '1930-01-01' + floor(random() * 30000)::int END,
    (ARRAY['employed', 'self_employed', 'unemployed', 'long_term_unemployed', 'inactive', 'retired',
      'student', NULL])[1 + floor(random() * 8)::int],
    CASE WHEN random() < 0.8 THEN floor(random() * 9)::int END,
    CASE WHEN random() < 0.1 THEN floor(random() * 100)::int END,
    CASE WHEN random() < 0.85 THEN 'GR' WHEN random() < 0.5 THEN 'AL' ELSE 'UA' END,
    CASE WHEN random() < 0.6 THEN jsonb_build_object(
      'disability', (ARRAY['no', 'no', 'no', 'yes', 'prefer_not_to_say'])[1 + floor(random() * 5)::int],
      'thirdCountryNational', (ARRAY['no', 'no', 'yes', 'prefer_not_to_say'])[1 + floor(random() * 4)::int],
      'foreignBackground', (ARRAY['no', 'no', 'yes', 'prefer_not_to_say'])[1 + floor(random() * 4)::int],
      'minority', (ARRAY['no', 'no', 'no', 'yes', 'prefer_not_to_say'])[1 + floor(random() * 5)::int],
      'homeless', (ARRAY['no', 'no', 'no', 'no', 'yes'])[1 + floor(random() * 5)::int],
      'ruralArea', (ARRAY['no', 'no', 'no', 'no', 'yes'])[1 + floor(random() * 5)::int])
    ELSE '{}'::jsonb END,
    now() - random() * make_interval(days => 365 * $3)
  FROM (SELECT n, random() AS r FROM generate_series(1, $2::int) AS n) g`;

// One in ten requests is anonymous; the others fall after the resident's arrival, mostly soon.
const requestsSql = `
  INSERT INTO requests (center_id, resident_id, occurred_at, channel, axis, subject, outcome,
    duration_minutes, staff_id)
  SELECT $1, CASE WHEN g.anonymous THEN NULL ELSE p.id END,
    p.arrived + (random() ^ 2) * (now() - p.arrived),
    (ARRAY['in_person', 'in_person', 'phone', 'email', 'outreach'])[1 + floor(random() * 5)::int],
    (ARRAY['reception', 'referral', 'cooperation', 'living_standards', 'benefits', 'benefits',
      'counseling', 'events'])[1 + floor(random() * 8)::int],
    'Ενημέρωση',
    (ARRAY['answered', 'answered', 'answered', 'referred', 'appointment_booked', 'case_opened'])[
      1 + floor(random() * 6)::int],
    5 + floor(random() * 40)::int,
    s.id
  FROM (
    SELECT 1 + floor(random() * $3::int)::bigint AS person,
      1 + floor(random() * ${STAFF})::bigint AS worker, random() < 0.1 AS anonymous
    FROM generate_series(1, $2::int)
  ) g
  JOIN bench_people p ON p.n = g.person
  JOIN bench_staff s ON s.n = g.worker`;

const casesSql = `
  INSERT INTO cases (center_id, resident_id, topics, status, outcome, opened_at, closed_at,
    assigned_worker_id)
  SELECT $1, p.id, '{income}', CASE WHEN c.closed THEN 'closed' ELSE 'active' END,
    CASE WHEN c.closed THEN (ARRAY['goals_met', 'partially_met', 'referred_elsewhere', 'moved_away',
      'withdrew', 'no_contact', 'other'])[1 + floor(random() * 7)::int] END,
    c.opened, CASE WHEN c.closed THEN least(now(), c.opened + (10 + random() * 290) * interval '1 day') END,
    s.id
  FROM (
    SELECT 1 + floor(random() * $2::int)::bigint AS person, 1 + floor(random() * ${STAFF})::bigint AS worker,
      now() - random() * interval '1825 days' AS opened, random() < 0.7 AS closed
    FROM generate_series(1, 40000)
  ) c
  JOIN bench_people p ON p.n = c.person
  JOIN bench_staff s ON s.n = c.worker`;

const counselingSql = `
  WITH sessions AS (
    INSERT INTO counseling_sessions (center_id, kind, started_at, duration_minutes, author_id)
    SELECT $1, (ARRAY['individual', 'individual', 'family', 'group'])[1 + floor(random() * 4)::int],
      now() - random() * interval '1825 days', 50, s.id
    FROM generate_series(1, 60000) g
    JOIN bench_staff s ON s.n = 1 + (g % ${STAFF})
    RETURNING id, kind
  )
  INSERT INTO counseling_participants (center_id, session_id, resident_id)
  SELECT DISTINCT $1::uuid, x.id, p.id
  FROM (
    SELECT s.id, 1 + floor(random() * $2::int)::bigint AS person
    FROM sessions s
    CROSS JOIN LATERAL generate_series(1,
      CASE s.kind WHEN 'individual' THEN 1 WHEN 'family' THEN 2 ELSE 4 END) k
  ) x
  JOIN bench_people p ON p.n = x.person`;

const applicationsSql = `
  INSERT INTO applications (center_id, resident_id, benefit, status, decision_amount, decided_at,
    created_at)
  SELECT $1, p.id, a.benefit, a.status,
    CASE WHEN a.status IN ('approved', 'renewal_due') THEN round((50 + random() * 800)::numeric, 2) END,
    CASE WHEN a.status IN ('approved', 'rejected', 'appealed', 'renewal_due')
      THEN (a.created + (20 + random() * 60) * interval '1 day')::date END,
    a.created
  FROM (
    SELECT 1 + floor(random() * $2::int)::bigint AS person,
      (ARRAY['eee', 'child_benefit', 'housing_benefit', 'heating_allowance', 'kot_a',
        'social_grocery', 'disability_severe', 'food_aid'])[1 + floor(random() * 8)::int] AS benefit,
      (ARRAY['planned', 'collecting_documents', 'submitted', 'approved', 'approved', 'rejected',
        'renewal_due', 'closed'])[1 + floor(random() * 8)::int] AS status,
      now() - random() * interval '1825 days' AS created
    FROM generate_series(1, 50000)
  ) a
  JOIN bench_people p ON p.n = a.person
  ON CONFLICT DO NOTHING`;

// Past appointments only (the exclusion constraint concerns booked and checked-in ones).
const appointmentsSql = `
  WITH type AS (
    INSERT INTO appointment_types (center_id, name_el, name_en, duration_minutes, mode)
    VALUES ($1, 'Ενημέρωση', 'Information', 30, 'in_person') RETURNING id
  )
  INSERT INTO appointments (center_id, type_id, staff_id, resident_id, starts_at, ends_at,
    blocked_until, status)
  SELECT $1, type.id, s.id, p.id, a.starts, a.starts + interval '30 minutes',
    a.starts + interval '30 minutes',
    (ARRAY['completed', 'completed', 'completed', 'no_show', 'cancelled'])[1 + floor(random() * 5)::int]
  FROM (
    SELECT 1 + floor(random() * $2::int)::bigint AS person, 1 + (g % ${STAFF}) AS worker,
      now() - interval '1 day' - random() * make_interval(days => 365 * $3) AS starts
    FROM generate_series(1, 100000) g
  ) a
  CROSS JOIN type
  JOIN bench_people p ON p.n = a.person
  JOIN bench_staff s ON s.n = a.worker`;

const referralsSql = `
  WITH orgs AS (
    INSERT INTO directory_organizations (center_id, name)
    SELECT $1, 'Φορέας ' || n FROM generate_series(1, 50) n RETURNING id
  ),
  numbered AS (SELECT row_number() OVER () AS n, id FROM orgs),
  made AS (
    INSERT INTO referrals (center_id, resident_id, organization_id, external_organization, reason,
      urgency, status, outcome, owner_id, due_on, created_by, consent_override_by, created_at, closed_at)
    SELECT $1, p.id, o.id, CASE WHEN o.id IS NULL THEN 'Άλλος φορέας' END, 'Παραπομπή', 'routine',
      r.status, CASE WHEN r.status = 'completed' THEN 'delivered' END, s.id,
      (r.created + interval '30 days')::date, s.id, s.id, r.created,
      CASE WHEN r.status IN ('completed', 'rejected', 'cancelled')
        THEN r.created + (3 + random() * 40) * interval '1 day' END
    FROM (
      SELECT 1 + floor(random() * $2::int)::bigint AS person, 1 + (g % ${STAFF}) AS worker,
        floor(random() * 60)::int AS org,
        (ARRAY['requested', 'accepted', 'in_progress', 'completed', 'completed', 'rejected',
          'cancelled'])[1 + floor(random() * 7)::int] AS status,
        now() - interval '60 days' - random() * interval '1760 days' AS created
      FROM generate_series(1, 30000) g
    ) r
    JOIN bench_people p ON p.n = r.person
    JOIN bench_staff s ON s.n = r.worker
    LEFT JOIN numbered o ON o.n = r.org
    RETURNING id, status, created_at
  )
  INSERT INTO referral_status_changes (center_id, referral_id, at, from_status, to_status, actor_kind)
  SELECT $1, id, created_at + (1 + random() * 10) * interval '1 day', 'requested', 'received', 'system'
  FROM made WHERE status <> 'requested'`;

const eventsSql = `
  WITH made AS (
    INSERT INTO events (center_id, title_el, place, starts_at, ends_at, capacity,
      registration_opens_at, registration_closes_at, status)
    SELECT $1, 'Δράση ' || n, 'Αίθουσα', e.starts, e.starts + interval '2 hours', 60,
      e.starts - interval '30 days', e.starts, 'published'
    FROM (SELECT n, now() - random() * make_interval(days => 365 * $3) AS starts
          FROM generate_series(1, 500) n) e
    RETURNING id, starts_at
  )
  INSERT INTO event_registrations (center_id, event_id, resident_id, name, phone, person_key, source,
    status, attended_at)
  SELECT $1, x.id, p.id, 'Συμμετέχων', '69' || lpad(x.k::text, 8, '0'), x.id || ':' || x.k, 'staff',
    CASE WHEN x.k % 5 < 3 THEN 'attended' ELSE 'registered' END,
    CASE WHEN x.k % 5 < 3 THEN x.starts_at + interval '10 minutes' END
  FROM (
    SELECT m.id, m.starts_at, k, 1 + floor(random() * $2::int)::bigint AS person
    FROM made m
    CROSS JOIN generate_series(1, 40) k
  ) x
  JOIN bench_people p ON p.n = x.person
  ON CONFLICT DO NOTHING`;
