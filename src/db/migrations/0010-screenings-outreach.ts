import { sql, type Kysely } from 'kysely';

/**
 * Staff screenings (saved with the input, the verdicts and the rules version, so they can be
 * replayed), the latest verdicts per household for outreach, the outreach scan's state per
 * Center, and the PostgreSQL-backed job queue that runs the re-screening
 * (docs/decisions/0008-jobs.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE screenings (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL,
      as_of date NOT NULL,
      tax_year integer NOT NULL CHECK (tax_year BETWEEN 2000 AND 2100),
      rules_version text NOT NULL,
      input jsonb NOT NULL,
      -- The Center's municipal criteria as they were: a replay must not read today's settings.
      municipal_criteria jsonb NOT NULL DEFAULT '{}',
      verdicts jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, household_id) REFERENCES households (center_id, id),
      FOREIGN KEY (center_id, created_by) REFERENCES staff (center_id, id)
    );
    CREATE INDEX screenings_household_idx ON screenings (center_id, household_id, created_at DESC);

    CREATE TABLE household_eligibility (
      center_id uuid NOT NULL,
      household_id uuid NOT NULL,
      benefit text NOT NULL,
      status text NOT NULL CHECK (status IN ('eligible', 'not_eligible', 'cannot_tell')),
      amount numeric(12, 2),
      amount_period text CHECK (amount_period IN ('month', 'year', 'once')),
      rules_version text NOT NULL,
      screened_at timestamptz NOT NULL,
      -- When the current unbroken run of 'eligible' began; null while not eligible.
      first_eligible_at timestamptz,
      PRIMARY KEY (center_id, household_id, benefit),
      FOREIGN KEY (center_id, household_id) REFERENCES households (center_id, id),
      CHECK ((status = 'eligible') = (first_eligible_at IS NOT NULL))
    );
    CREATE INDEX household_eligibility_newly_idx
      ON household_eligibility (center_id, first_eligible_at) WHERE status = 'eligible';

    CREATE TABLE outreach_state (
      center_id uuid PRIMARY KEY REFERENCES centers (id),
      rules_version text,
      -- The Center's day of the last full re-screening: ages and dated parameters move daily.
      full_as_of date,
      changes_seen_until timestamptz NOT NULL DEFAULT '-infinity',
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE jobs (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
      center_id uuid REFERENCES centers (id),
      payload jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'running', 'done', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
      run_after timestamptz NOT NULL DEFAULT now(),
      locked_at timestamptz,
      locked_by text,
      last_error text,
      -- At most one queued job per key (e.g. one pending scan per Center).
      dedupe_key text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX jobs_ready_idx ON jobs (run_after, id) WHERE status = 'queued';
    CREATE INDEX jobs_running_idx ON jobs (locked_at) WHERE status = 'running';
    CREATE UNIQUE INDEX jobs_dedupe_idx ON jobs (kind, dedupe_key)
      WHERE status = 'queued' AND dedupe_key IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE jobs;
    DROP TABLE outreach_state;
    DROP TABLE household_eligibility;
    DROP TABLE screenings;
  `.execute(db);
}
