import { sql, type Kysely } from 'kysely';

/**
 * The directory of services (shaped after Open Referral HSDS 3.0): organizations, their services,
 * locations and contacts. Ids are global (not per Center) because an entry a Center marks
 * `shared` is visible to every Center of the deployment; `center_id` is the Center that keeps it.
 * Partner accounts (staff of role `partner`) belong to one organization.
 *
 * Owned by the directory module (src/modules/directory); the columns named in
 * docs/api/cooperation-issue.md are a contract with referrals and reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE directory_organizations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers (id),
      shared boolean NOT NULL DEFAULT false,
      -- Entries shipped as examples: shown with a "sample data" mark until a Center edits them.
      sample boolean NOT NULL DEFAULT false,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
      alternate_name text CHECK (char_length(alternate_name) <= 300),
      description text CHECK (char_length(description) <= 5000),
      email text CHECK (char_length(email) <= 254),
      website text CHECK (char_length(website) <= 500),
      -- Where referrals to this organization are e-mailed when its service names no address.
      referral_email text CHECK (char_length(referral_email) <= 254),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX directory_organizations_center_idx ON directory_organizations (center_id);

    CREATE TABLE directory_services (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES directory_organizations (id) ON DELETE CASCADE,
      -- Copied from the organization so every scoped query filters one table.
      center_id uuid NOT NULL REFERENCES centers (id),
      shared boolean NOT NULL DEFAULT false,
      sample boolean NOT NULL DEFAULT false,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
      alternate_name text CHECK (char_length(alternate_name) <= 300),
      description text CHECK (char_length(description) <= 5000),
      status text NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
      email text CHECK (char_length(email) <= 254),
      url text CHECK (char_length(url) <= 500),
      eligibility_description text CHECK (char_length(eligibility_description) <= 5000),
      fees_description text CHECK (char_length(fees_description) <= 2000),
      application_process text CHECK (char_length(application_process) <= 5000),
      -- ISO 639-1 codes.
      languages text[] NOT NULL DEFAULT '{}',
      required_documents text[] NOT NULL DEFAULT '{}',
      -- Codes of src/modules/directory/directory.vocabulary.ts (benefits, employment, health…).
      categories text[] NOT NULL DEFAULT '{}',
      -- Normalized search keys (src/lib/greek-text.ts), refreshed on every write.
      search_text text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX directory_services_org_idx ON directory_services (organization_id);
    CREATE INDEX directory_services_center_idx ON directory_services (center_id);

    ALTER TABLE staff ADD COLUMN partner_organization_id uuid
      REFERENCES directory_organizations (id);
    ALTER TABLE staff ADD CONSTRAINT staff_partner_has_organization
      CHECK ((role = 'partner') = (partner_organization_id IS NOT NULL));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE staff DROP CONSTRAINT staff_partner_has_organization;
    ALTER TABLE staff DROP COLUMN partner_organization_id;
    DROP TABLE directory_services;
    DROP TABLE directory_organizations;
  `.execute(db);
}
