import { sql, type Kysely } from 'kysely';

/**
 * Applications a Center helps residents make, one per resident and benefit at a time, followed
 * from planning to decision and renewal. Tasks (deadlines and renewals due) are computed from
 * these rows, so there is no task table to keep in step.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE applications (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL,
      benefit text NOT NULL CHECK (benefit IN ('eee', 'child_benefit', 'housing_benefit',
        'birth_benefit', 'kot_a', 'kot_b', 'kot_c', 'heating_allowance', 'uninsured_elderly',
        'disability_severe', 'disability_intellectual', 'disability_deafness',
        'disability_mobility', 'maternity_dypa', 'social_grocery', 'social_pharmacy',
        'help_at_home', 'kapi', 'childcare_vouchers', 'food_aid')),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'collecting_documents',
        'submitted', 'approved', 'rejected', 'appealed', 'renewal_due', 'closed')),
      -- [{ "code": "id_card", "done": false }, …]: labels come from the catalog when read.
      checklist jsonb NOT NULL DEFAULT '[]',
      submitted_at date,
      platform text CHECK (char_length(platform) <= 200),
      protocol_number text CHECK (char_length(protocol_number) <= 100),
      decision_amount numeric(12, 2) CHECK (decision_amount >= 0),
      decision_reason text CHECK (char_length(decision_reason) <= 2000),
      decided_at date,
      renewal_due date,
      deadline date,
      assigned_to uuid,
      notes text CHECK (char_length(notes) <= 4000),
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      FOREIGN KEY (center_id, assigned_to) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, created_by) REFERENCES staff (center_id, id)
    );
    -- A second open application for the same benefit is a mistake; a closed one may be redone.
    CREATE UNIQUE INDEX applications_open_benefit_idx
      ON applications (center_id, resident_id, benefit) WHERE status <> 'closed';
    CREATE INDEX applications_resident_idx ON applications (center_id, resident_id, created_at DESC);
    CREATE INDEX applications_tasks_idx ON applications (center_id, assigned_to)
      WHERE status <> 'closed';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE applications;`.execute(db);
}
