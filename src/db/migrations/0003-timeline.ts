import { sql, type Kysely } from 'kysely';

/** The resident's timeline, the one mechanism every module uses to show what happened. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE timeline_entries (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      kind text NOT NULL CHECK (kind ~ '^[a-z_]+\\.[a-z_]+$'),
      source_id uuid,
      case_id uuid,
      actor_id uuid,
      details jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id) ON DELETE CASCADE,
      FOREIGN KEY (center_id, actor_id) REFERENCES staff (center_id, id)
    );
    CREATE INDEX timeline_entries_resident_idx
      ON timeline_entries (center_id, resident_id, occurred_at DESC, id DESC);
    CREATE INDEX timeline_entries_source_idx ON timeline_entries (center_id, source_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE timeline_entries`.execute(db);
}
