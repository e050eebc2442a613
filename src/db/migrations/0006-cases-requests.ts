import { sql, type Kysely } from 'kysely';

/**
 * Case files (φάκελοι) and the request log (καταγραφή αιτημάτων).
 *
 * A case holds its current assessment in columns (one assessment per case, replaced as it is
 * revised; the audit log records each revision) and its plan as a review date on the case plus
 * one row per goal in `case_goals`, so goals keep an id and a status of their own. Access is by
 * team: `assigned_worker_id` and `case_team`, checked in cases.policy.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cases (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL,
      household_id uuid,
      topics text[] NOT NULL CHECK (cardinality(topics) BETWEEN 1 AND 20),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'active', 'on_hold', 'closed')),
      outcome text CHECK (outcome IN ('goals_met', 'partially_met', 'referred_elsewhere',
        'moved_away', 'withdrew', 'no_contact', 'deceased', 'other')),
      assigned_worker_id uuid,
      assessment_needs text CHECK (char_length(assessment_needs) BETWEEN 1 AND 10000),
      assessment_strengths text CHECK (char_length(assessment_strengths) <= 10000),
      assessment_risks text CHECK (char_length(assessment_risks) <= 10000),
      assessment_updated_at timestamptz,
      plan_review_date date,
      plan_updated_at timestamptz,
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      created_by uuid,
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      FOREIGN KEY (center_id, household_id) REFERENCES households (center_id, id),
      FOREIGN KEY (center_id, assigned_worker_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, created_by) REFERENCES staff (center_id, id),
      -- A closed case has an outcome and a closing time; an open one has neither.
      CHECK ((status = 'closed') = (outcome IS NOT NULL)),
      CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
      CHECK (assessment_needs IS NOT NULL OR assessment_updated_at IS NULL)
    );
    CREATE INDEX cases_resident_idx ON cases (center_id, resident_id);
    CREATE INDEX cases_assigned_idx ON cases (center_id, assigned_worker_id);

    CREATE TABLE case_team (
      center_id uuid NOT NULL,
      case_id uuid NOT NULL,
      staff_id uuid NOT NULL,
      PRIMARY KEY (center_id, case_id, staff_id),
      FOREIGN KEY (center_id, case_id) REFERENCES cases (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id)
    );
    CREATE INDEX case_team_staff_idx ON case_team (center_id, staff_id);

    CREATE TABLE case_goals (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      position integer NOT NULL CHECK (position >= 0),
      description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 1000),
      target_date date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, case_id) REFERENCES cases (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX case_goals_case_idx ON case_goals (center_id, case_id, position);

    CREATE TABLE requests (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      -- Null for an anonymous information request; it still counts in the statistics.
      resident_id uuid,
      occurred_at timestamptz NOT NULL,
      channel text NOT NULL CHECK (channel IN ('in_person', 'phone', 'email', 'outreach')),
      axis text NOT NULL CHECK (axis IN ('reception', 'referral', 'cooperation',
        'living_standards', 'benefits', 'counseling', 'events')),
      subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 200),
      outcome text NOT NULL CHECK (outcome IN ('answered', 'referred', 'appointment_booked',
        'case_opened')),
      duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 0 AND 600),
      notes text CHECK (char_length(notes) <= 2000),
      staff_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id)
    );
    CREATE INDEX requests_occurred_idx ON requests (center_id, occurred_at DESC, id DESC);
    CREATE INDEX requests_resident_idx ON requests (center_id, resident_id, occurred_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE requests;
    DROP TABLE case_goals;
    DROP TABLE case_team;
    DROP TABLE cases;
  `.execute(db);
}
