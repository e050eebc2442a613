import { sql, type Kysely } from 'kysely';

/**
 * The residents' registry: the rest of the file (ESF+ fields, identity card, languages),
 * search keys computed in TypeScript (docs/decisions/0006-resident-search.md), optimistic
 * concurrency, merges, anonymisation, and the rectification history. Every new column is
 * nullable or has a default, so rows inserted with the 0002 columns alone stay valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`
    ALTER TABLE residents
      ADD COLUMN phone text,
      ADD COLUMN id_number text CHECK (id_number ~ '^[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{1,2}[0-9]{6}$|^[A-Z0-9]{8,10}$'),
      ADD COLUMN area text,
      ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
      ADD COLUMN marital_status text CHECK (marital_status IN
        ('single', 'married', 'civil_partnership', 'divorced', 'separated', 'widowed')),
      ADD COLUMN employment_status text CHECK (employment_status IN ('employed', 'self_employed',
        'unemployed', 'long_term_unemployed', 'inactive', 'retired', 'student')),
      ADD COLUMN education_level smallint CHECK (education_level BETWEEN 0 AND 8),
      ADD COLUMN disability_percent smallint CHECK (disability_percent BETWEEN 0 AND 100),
      ADD COLUMN esf jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN latin_surname text,
      ADD COLUMN latin_given_name text,
      ADD COLUMN search_tokens text[] NOT NULL DEFAULT '{}',
      ADD COLUMN search_text text NOT NULL DEFAULT '',
      ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      ADD COLUMN merged_into uuid,
      ADD COLUMN merged_at timestamptz,
      ADD COLUMN merge_reason text,
      ADD COLUMN anonymised_at timestamptz,
      ADD CONSTRAINT residents_merged_into_fk FOREIGN KEY (center_id, merged_into)
        REFERENCES residents (center_id, id),
      ADD CONSTRAINT residents_not_merged_into_self CHECK (merged_into IS NULL OR merged_into <> id),
      ADD CONSTRAINT residents_merge_complete CHECK ((merged_into IS NULL) = (merged_at IS NULL));

    CREATE INDEX residents_search_tokens_idx ON residents USING gin (search_tokens)
      WHERE merged_into IS NULL;
    CREATE INDEX residents_birth_date_idx ON residents (center_id, birth_date);
    CREATE INDEX residents_mobile_phone_idx ON residents (center_id, mobile_phone);
    CREATE INDEX residents_phone_idx ON residents (center_id, phone);

    -- Every distinct key of a Center, so a typo is looked up among a few thousand words
    -- (trigram index) instead of among every resident.
    CREATE TABLE resident_search_terms (
      center_id uuid NOT NULL REFERENCES centers (id),
      term text NOT NULL,
      PRIMARY KEY (center_id, term)
    );
    CREATE INDEX resident_search_terms_trgm_idx
      ON resident_search_terms USING gin (term gin_trgm_ops);

    CREATE TABLE resident_revisions (
      center_id uuid NOT NULL,
      resident_id uuid NOT NULL,
      version integer NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now(),
      changed_by uuid,
      changes jsonb NOT NULL,
      PRIMARY KEY (center_id, resident_id, version),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, changed_by) REFERENCES staff (center_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE resident_revisions;
    DROP TABLE resident_search_terms;
    ALTER TABLE residents
      DROP CONSTRAINT residents_merged_into_fk,
      DROP COLUMN phone, DROP COLUMN id_number, DROP COLUMN area, DROP COLUMN languages,
      DROP COLUMN marital_status, DROP COLUMN employment_status, DROP COLUMN education_level,
      DROP COLUMN disability_percent, DROP COLUMN esf, DROP COLUMN latin_surname,
      DROP COLUMN latin_given_name, DROP COLUMN search_tokens, DROP COLUMN search_text,
      DROP COLUMN version, DROP COLUMN merged_into, DROP COLUMN merged_at,
      DROP COLUMN merge_reason, DROP COLUMN anonymised_at;
  `.execute(db);
}
