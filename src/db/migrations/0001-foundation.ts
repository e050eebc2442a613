import { sql, type Kysely } from 'kysely';

/**
 * Foundation: Centers (the tenants), staff accounts, server-side sessions and the hash-chained
 * audit log. Tenancy rule (DESIGN.md §3): every tenant table carries center_id, every unique key
 * includes it and foreign keys between tenant tables are composite, so no row can point into
 * another Center and the schema can later be distributed by center_id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE centers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name_el text NOT NULL,
      name_en text NOT NULL,
      municipality_el text NOT NULL,
      municipality_en text NOT NULL,
      street text NOT NULL,
      street_number text NOT NULL,
      postcode text NOT NULL,
      city_el text NOT NULL,
      city_en text NOT NULL,
      phones text[] NOT NULL DEFAULT '{}',
      email text,
      website text,
      opening_hours jsonb NOT NULL,
      by_appointment boolean NOT NULL DEFAULT true,
      timezone text NOT NULL DEFAULT 'Europe/Athens',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE staff (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
      display_name text NOT NULL,
      email text,
      role text NOT NULL CHECK (role IN ('administrator', 'coordinator', 'social_worker',
        'psychologist', 'reception', 'partner', 'auditor')),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      password_hash text NOT NULL,
      must_change_password boolean NOT NULL DEFAULT true,
      password_changed_at timestamptz,
      totp_secret_sealed text,
      totp_enabled boolean NOT NULL DEFAULT false,
      totp_last_step bigint,
      failed_attempts integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_sign_in_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      UNIQUE (center_id, username)
    );

    -- The cookie carries the Center id and a random token; only the token's SHA-256 is stored.
    CREATE TABLE sessions (
      center_id uuid NOT NULL,
      token_hash text NOT NULL,
      staff_id uuid NOT NULL,
      stage text NOT NULL CHECK (stage IN ('password_change', 'totp_enroll', 'totp', 'active')),
      csrf_token text NOT NULL,
      ip text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (center_id, token_hash),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX sessions_staff_idx ON sessions (center_id, staff_id);
    CREATE INDEX sessions_expires_idx ON sessions (expires_at);

    -- Append-only, one hash chain per Center: each row's hash covers its content and the
    -- previous row's hash, so editing or deleting any row breaks every hash after it.
    CREATE TABLE audit_log (
      center_id uuid NOT NULL REFERENCES centers (id),
      seq bigint NOT NULL,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor_role text,
      action text NOT NULL,
      entity text NOT NULL,
      record_id text,
      ip text,
      reason text,
      details jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (center_id, seq),
      FOREIGN KEY (center_id, actor_id) REFERENCES staff (center_id, id)
    );
    CREATE INDEX audit_log_record_idx ON audit_log (center_id, entity, record_id);

    CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END;
    $$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE audit_log;
    DROP FUNCTION audit_log_refuse_change();
    DROP TABLE sessions;
    DROP TABLE staff;
    DROP TABLE centers;
  `.execute(db);
}
