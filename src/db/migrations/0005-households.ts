import { sql, type Kysely } from 'kysely';

/**
 * Households (νοικοκυριά) as the benefits engine will read them: who lived together from when to
 * when (history is kept: a member who leaves gets an end date, nothing is deleted), and per tax
 * year the household's assets, rent and each member's incomes by type.
 *
 * A membership runs from `start_date` (inclusive) to `end_date` (exclusive, the day they left);
 * it is current while `end_date` is null or later than today. The partial unique indexes are the
 * database's guard for the two rules the service also checks: one current reference person per
 * household, and a registered resident in at most one current household.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE households (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id)
    );

    CREATE TABLE household_members (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL,
      resident_id uuid,
      -- A minimal record for people who never come to the Center (children, elderly parents).
      surname text CHECK (char_length(surname) BETWEEN 1 AND 100),
      given_name text CHECK (char_length(given_name) BETWEEN 1 AND 100),
      birth_date date CHECK (birth_date >= DATE '1900-01-01'),
      gender text CHECK (gender IN ('male', 'female', 'other')),
      amka text CHECK (amka ~ '^[0-9]{11}$'),
      relationship text NOT NULL CHECK (relationship IN ('reference', 'spouse', 'partner', 'child',
        'parent', 'sibling', 'grandchild', 'other_relative', 'other')),
      start_date date NOT NULL CHECK (start_date >= DATE '1900-01-01'),
      end_date date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      UNIQUE (center_id, household_id, id),
      FOREIGN KEY (center_id, household_id) REFERENCES households (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      CHECK (end_date IS NULL OR end_date >= start_date),
      -- Either a registered resident, or a person with at least a name; never both.
      CHECK ((resident_id IS NOT NULL AND surname IS NULL AND given_name IS NULL
              AND birth_date IS NULL AND gender IS NULL AND amka IS NULL)
          OR (resident_id IS NULL AND surname IS NOT NULL AND given_name IS NOT NULL))
    );
    CREATE INDEX household_members_household_idx ON household_members (center_id, household_id);
    CREATE UNIQUE INDEX household_members_one_reference_idx
      ON household_members (center_id, household_id)
      WHERE relationship = 'reference' AND end_date IS NULL;
    CREATE UNIQUE INDEX household_members_one_household_idx
      ON household_members (center_id, resident_id)
      WHERE resident_id IS NOT NULL AND end_date IS NULL;

    CREATE TABLE household_finances (
      center_id uuid NOT NULL,
      household_id uuid NOT NULL,
      tax_year integer NOT NULL CHECK (tax_year BETWEEN 2000 AND 2100),
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      real_estate_value numeric(12, 2) NOT NULL DEFAULT 0 CHECK (real_estate_value >= 0),
      deposits numeric(12, 2) NOT NULL DEFAULT 0 CHECK (deposits >= 0),
      vehicles_value numeric(12, 2) NOT NULL DEFAULT 0 CHECK (vehicles_value >= 0),
      rent_paid numeric(12, 2) NOT NULL DEFAULT 0 CHECK (rent_paid >= 0),
      notes text CHECK (char_length(notes) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, household_id, tax_year),
      FOREIGN KEY (center_id, household_id) REFERENCES households (center_id, id)
    );

    CREATE TABLE household_incomes (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL,
      tax_year integer NOT NULL,
      member_id uuid NOT NULL,
      type text NOT NULL CHECK (type IN ('salary', 'pension', 'unemployment_benefit', 'rental',
        'farming', 'business', 'benefits', 'other')),
      amount numeric(12, 2) NOT NULL CHECK (amount >= 0),
      PRIMARY KEY (center_id, id),
      UNIQUE (center_id, household_id, tax_year, member_id, type),
      FOREIGN KEY (center_id, household_id, tax_year)
        REFERENCES household_finances (center_id, household_id, tax_year) ON DELETE CASCADE,
      FOREIGN KEY (center_id, household_id, member_id)
        REFERENCES household_members (center_id, household_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE household_incomes;
    DROP TABLE household_finances;
    DROP TABLE household_members;
    DROP TABLE households;
  `.execute(db);
}
