import { sql, type Kysely } from 'kysely';

/**
 * Counseling sessions with sealed notes, and staff notifications.
 *
 * - `note_sealed` holds only AES-256-GCM ciphertext (`v1:<key id>:…`, lib/crypto.ts); the key
 *   ring lives outside the database, so a stolen dump or backup reveals no note.
 * - `case_id` is optional and points into `cases` (0006) through the composite key, so a session
 *   can only belong to a case of its own Center.
 * - Every key includes center_id and every reference between tenant tables is composite, so no
 *   row can point into another Center (DESIGN.md §3).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE counseling_sessions (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('individual', 'family', 'group')),
      started_at timestamptz NOT NULL,
      duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
      case_id uuid,
      author_id uuid NOT NULL,
      note_sealed text CHECK (note_sealed IS NULL OR note_sealed LIKE 'v1:%'),
      note_updated_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, author_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, case_id) REFERENCES cases (center_id, id)
    );
    CREATE INDEX counseling_sessions_author_idx
      ON counseling_sessions (center_id, author_id, started_at DESC);
    CREATE INDEX counseling_sessions_case_idx
      ON counseling_sessions (center_id, case_id) WHERE case_id IS NOT NULL;

    CREATE TABLE counseling_participants (
      center_id uuid NOT NULL,
      session_id uuid NOT NULL,
      resident_id uuid NOT NULL,
      PRIMARY KEY (center_id, session_id, resident_id),
      FOREIGN KEY (center_id, session_id)
        REFERENCES counseling_sessions (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id)
    );
    CREATE INDEX counseling_participants_resident_idx
      ON counseling_participants (center_id, resident_id);

    CREATE TABLE counseling_note_grants (
      center_id uuid NOT NULL,
      session_id uuid NOT NULL,
      staff_id uuid NOT NULL,
      granted_by uuid NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, session_id, staff_id),
      FOREIGN KEY (center_id, session_id)
        REFERENCES counseling_sessions (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, granted_by) REFERENCES staff (center_id, id)
    );
    CREATE INDEX counseling_note_grants_staff_idx ON counseling_note_grants (center_id, staff_id);

    CREATE TABLE notifications (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      recipient_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind ~ '^[a-z_]+(\\.[a-z_]+)+$'),
      details jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, recipient_id) REFERENCES staff (center_id, id) ON DELETE CASCADE
    );
    CREATE INDEX notifications_recipient_idx
      ON notifications (center_id, recipient_id, created_at DESC, id DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE notifications;
    DROP TABLE counseling_note_grants;
    DROP TABLE counseling_participants;
    DROP TABLE counseling_sessions;
  `.execute(db);
}
