import { sql, type Kysely } from 'kysely';

/**
 * Documents attached to a resident's file, consents (with their history) and the mark of an
 * anonymised file. `anonymised_at` uses IF NOT EXISTS because the residents module may add the
 * same column in its own migration; either way it is there once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE residents ADD COLUMN IF NOT EXISTS anonymised_at timestamptz;

    -- The file itself lives in the document storage (DATA_DIR/documents/<center>/<id>); the row
    -- holds what the content was judged to be and its SHA-256, so a restored file can be checked.
    -- case_id has no foreign key: the cases table belongs to another module and the service
    -- checks the case belongs to the resident when one is given.
    CREATE TABLE documents (
      center_id uuid NOT NULL,
      id uuid NOT NULL,
      resident_id uuid NOT NULL,
      case_id uuid,
      type text NOT NULL CHECK (type IN ('id_card', 'e1_tax_return', 'tax_assessment', 'lease',
        'kepa_decision', 'e9_property', 'utility_bill', 'bank_statement', 'medical',
        'consent_form', 'other')),
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
      media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      uploaded_by uuid NOT NULL,
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      FOREIGN KEY (center_id, uploaded_by) REFERENCES staff (center_id, id)
    );
    CREATE INDEX documents_resident_idx ON documents (center_id, resident_id, uploaded_at DESC);

    -- History is kept: a withdrawal is a new row; the current state of a purpose is its latest row.
    CREATE TABLE consents (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('case_management', 'benefit_cross_checks',
        'referral_sharing', 'contact_reminders', 'esf_reporting', 'other')),
      legal_basis text NOT NULL CHECK (legal_basis IN ('art6_1c', 'art6_1e', 'art6_1a_consent',
        'art9_2b', 'art9_2g', 'art9_2h')),
      status text NOT NULL CHECK (status IN ('given', 'withdrawn')),
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      recorded_by uuid,
      document_id uuid,
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      FOREIGN KEY (center_id, recorded_by) REFERENCES staff (center_id, id),
      -- Erasing a file deletes its documents; the consent record (purpose, basis, dates) stays.
      FOREIGN KEY (center_id, document_id) REFERENCES documents (center_id, id)
        ON DELETE SET NULL (document_id)
    );
    CREATE INDEX consents_resident_idx ON consents (center_id, resident_id, purpose, recorded_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE consents;
    DROP TABLE documents;
  `.execute(db);
}
