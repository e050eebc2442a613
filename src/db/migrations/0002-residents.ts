import { sql, type Kysely } from 'kysely';

/**
 * The first shape of the residents' registry: enough for demo data and for the next issue
 * (residents and their files) to extend with households, search keys and the ESF+ fields.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE residents (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      surname text NOT NULL,
      given_name text NOT NULL,
      father_name text,
      mother_name text,
      birth_date date,
      gender text CHECK (gender IN ('male', 'female', 'other')),
      amka text CHECK (amka ~ '^[0-9]{11}$'),
      afm text CHECK (afm ~ '^[0-9]{9}$'),
      mobile_phone text,
      email text,
      street text,
      street_number text,
      postcode text CHECK (postcode ~ '^[0-9]{5}$'),
      nationality text CHECK (nationality ~ '^[A-Z]{2}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      UNIQUE (center_id, amka),
      UNIQUE (center_id, afm)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE residents`.execute(db);
}
