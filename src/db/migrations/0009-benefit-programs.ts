import { sql, type Kysely } from 'kysely';

/**
 * Each Center's criteria for the municipal programs (social grocery, pharmacy, help at home, ΚΑΠΗ,
 * childcare vouchers, food aid). A program without a row uses the example defaults in code
 * (src/modules/benefits/catalog/municipal-criteria.ts) until the Center sets its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE benefit_program_criteria (
      center_id uuid NOT NULL REFERENCES centers (id),
      program text NOT NULL CHECK (program IN ('social_grocery', 'social_pharmacy',
        'help_at_home', 'kapi', 'childcare_vouchers', 'food_aid')),
      -- null: the program has no income test (e.g. ΚΑΠΗ accepts any income).
      income_limit_base numeric(12, 2) CHECK (income_limit_base >= 0),
      income_limit_per_dependant numeric(12, 2) NOT NULL CHECK (income_limit_per_dependant >= 0),
      disability_bonus numeric(12, 2) NOT NULL CHECK (disability_bonus >= 0),
      min_age integer CHECK (min_age BETWEEN 0 AND 120),
      requires_residence boolean NOT NULL,
      active boolean NOT NULL,
      version integer NOT NULL DEFAULT 1,
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, program),
      FOREIGN KEY (center_id, updated_by) REFERENCES staff (center_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE benefit_program_criteria;`.execute(db);
}
