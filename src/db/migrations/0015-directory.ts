import { sql, type Kysely } from 'kysely';

/**
 * The directory of services (shaped after Open Referral HSDS 3.0): organizations, their services,
 * locations and contacts. Ids are global (not per Center) because an entry a Center marks
 * `shared` is visible to every Center of the deployment; `center_id` is the Center that keeps it.
 * Partner accounts (staff of role `partner`) belong to one organization.
 *
 * Owned by the directory module (src/modules/directory); the columns named in
 * docs/api/cooperation-issue.md are a contract with referrals and reports. The HSDS mapping is
 * docs/decisions/0011-directory-hsds.md.
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
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (center_id, id)
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
      -- HSDS cost_option without ids: [{ option, amount, currency, amountDescription }].
      cost_options jsonb NOT NULL DEFAULT '[]',
      -- Normalized search keys (src/modules/directory/directory-search.ts), refreshed on every
      -- write: one phonetic skeleton per word, each preceded by a space (ranking by where a
      -- word matched), and every start of 2+ letters of those words (matching, GIN).
      search_text text NOT NULL DEFAULT '',
      search_prefixes text[] NOT NULL DEFAULT '{}',
      -- The name without accents, lower case, final σ: in byte order this is Greek alphabetical.
      sort_name text NOT NULL DEFAULT '',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (center_id, id),
      FOREIGN KEY (center_id, organization_id)
        REFERENCES directory_organizations (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX directory_services_org_idx ON directory_services (organization_id);
    CREATE INDEX directory_services_center_idx ON directory_services (center_id);
    CREATE INDEX directory_services_shared_idx ON directory_services (id) WHERE shared;
    -- Few writes, many reads: no pending list, every insert goes straight into the index.
    CREATE INDEX directory_services_search_idx ON directory_services USING gin (search_prefixes)
      WITH (fastupdate = off);

    -- HSDS location with its one address folded in (address_* columns).
    CREATE TABLE directory_locations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL,
      organization_id uuid NOT NULL,
      position integer NOT NULL,
      name text CHECK (char_length(name) <= 300),
      description text CHECK (char_length(description) <= 2000),
      transportation text CHECK (char_length(transportation) <= 2000),
      address_1 text CHECK (char_length(address_1) <= 300),
      address_2 text CHECK (char_length(address_2) <= 300),
      city text CHECK (char_length(city) <= 100),
      region text CHECK (char_length(region) <= 100),
      postal_code text CHECK (char_length(postal_code) <= 20),
      country text CHECK (char_length(country) = 2),
      latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CHECK (longitude BETWEEN -180 AND 180),
      UNIQUE (center_id, id),
      FOREIGN KEY (center_id, organization_id)
        REFERENCES directory_organizations (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX directory_locations_org_idx ON directory_locations (organization_id);

    -- HSDS service_at_location.
    CREATE TABLE directory_service_locations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL,
      service_id uuid NOT NULL,
      location_id uuid NOT NULL,
      position integer NOT NULL,
      description text CHECK (char_length(description) <= 2000),
      UNIQUE (service_id, location_id),
      FOREIGN KEY (center_id, service_id)
        REFERENCES directory_services (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, location_id)
        REFERENCES directory_locations (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX directory_service_locations_location_idx
      ON directory_service_locations (location_id);

    -- HSDS phone of an organization, a service or a location (exactly one).
    CREATE TABLE directory_phones (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL,
      organization_id uuid,
      service_id uuid,
      location_id uuid,
      position integer NOT NULL,
      number text NOT NULL CHECK (char_length(number) BETWEEN 1 AND 50),
      extension text CHECK (char_length(extension) <= 20),
      type text CHECK (type IN ('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone')),
      description text CHECK (char_length(description) <= 300),
      CHECK (num_nonnulls(organization_id, service_id, location_id) = 1),
      FOREIGN KEY (center_id, organization_id)
        REFERENCES directory_organizations (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, service_id)
        REFERENCES directory_services (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, location_id)
        REFERENCES directory_locations (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX directory_phones_org_idx ON directory_phones (organization_id);
    CREATE INDEX directory_phones_service_idx ON directory_phones (service_id);
    CREATE INDEX directory_phones_location_idx ON directory_phones (location_id);

    -- HSDS contact (a named person or desk) of an organization or a service.
    CREATE TABLE directory_contacts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL,
      organization_id uuid,
      service_id uuid,
      position integer NOT NULL,
      name text CHECK (char_length(name) <= 200),
      title text CHECK (char_length(title) <= 200),
      department text CHECK (char_length(department) <= 200),
      email text CHECK (char_length(email) <= 254),
      CHECK (num_nonnulls(organization_id, service_id) = 1),
      FOREIGN KEY (center_id, organization_id)
        REFERENCES directory_organizations (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, service_id)
        REFERENCES directory_services (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX directory_contacts_org_idx ON directory_contacts (organization_id);
    CREATE INDEX directory_contacts_service_idx ON directory_contacts (service_id);

    -- HSDS schedule of a service: weekly hours (RFC 5545 byday) in the Center's local time, or
    -- only a description ("by appointment").
    CREATE TABLE directory_schedules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL,
      service_id uuid NOT NULL,
      position integer NOT NULL,
      byday text[] NOT NULL DEFAULT '{}'
        CHECK (byday <@ ARRAY['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']),
      opens_at text CHECK (opens_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      closes_at text CHECK (closes_at ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$'),
      valid_from date,
      valid_to date,
      description text CHECK (char_length(description) <= 500),
      FOREIGN KEY (center_id, service_id)
        REFERENCES directory_services (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX directory_schedules_service_idx ON directory_schedules (service_id);

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
    DROP TABLE directory_schedules;
    DROP TABLE directory_contacts;
    DROP TABLE directory_phones;
    DROP TABLE directory_service_locations;
    DROP TABLE directory_locations;
    DROP TABLE directory_services;
    DROP TABLE directory_organizations;
  `.execute(db);
}
