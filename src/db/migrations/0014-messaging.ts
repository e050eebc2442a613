import { sql, type Kysely } from 'kysely';

/**
 * Delivery of the outbox (0013): each message gets a state, a lease while a worker sends it, a
 * retry schedule and its last error. Reminders (e-mail and SMS) are outbox rows too, unique per
 * appointment, start time and channel, so a moved appointment gets one new reminder and a
 * rescanned one none. A committed insert into the outbox queues a `messaging.deliver` job, so the
 * job queue sends it right after the commit (never inside the writer's transaction).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE outbox_messages
      ADD COLUMN IF NOT EXISTS channel text NOT NULL DEFAULT 'email'
        CHECK (channel IN ('email', 'sms')),
      ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
      -- When pending: not before. When sending: the end of the worker's lease, after which
      -- another worker may take the message over (its worker is presumed dead).
      ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz NOT NULL DEFAULT now(),
      -- Set at each claim: only the worker holding the current claim may settle the message.
      ADD COLUMN IF NOT EXISTS claim_token uuid,
      ADD COLUMN IF NOT EXISTS last_error text CHECK (char_length(last_error) <= 500),
      -- Reminders only: the appointment and the start time the reminder is about.
      ADD COLUMN IF NOT EXISTS appointment_id uuid,
      ADD COLUMN IF NOT EXISTS appointment_starts_at timestamptz;

    UPDATE outbox_messages SET status = 'sent' WHERE sent_at IS NOT NULL AND status = 'pending';

    CREATE INDEX IF NOT EXISTS outbox_messages_due_idx ON outbox_messages (next_attempt_at)
      WHERE status IN ('pending', 'sending');
    CREATE UNIQUE INDEX IF NOT EXISTS outbox_messages_reminder_once_idx
      ON outbox_messages (center_id, appointment_id, appointment_starts_at, channel)
      WHERE kind = 'appointment.reminder';

    CREATE OR REPLACE FUNCTION outbox_messages_queue_delivery() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO jobs (kind, dedupe_key, max_attempts) VALUES ('messaging.deliver', 'now', 1)
      ON CONFLICT (kind, dedupe_key) WHERE status = 'queued' AND dedupe_key IS NOT NULL
      DO NOTHING;
      PERFORM pg_notify('koinotita_jobs', '');
      RETURN NULL;
    END $$;
    DROP TRIGGER IF EXISTS outbox_messages_queue_delivery ON outbox_messages;
    CREATE TRIGGER outbox_messages_queue_delivery AFTER INSERT ON outbox_messages
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_queue_delivery();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS outbox_messages_queue_delivery ON outbox_messages;
    DROP FUNCTION IF EXISTS outbox_messages_queue_delivery();
    DROP INDEX IF EXISTS outbox_messages_reminder_once_idx;
    DROP INDEX IF EXISTS outbox_messages_due_idx;
    ALTER TABLE outbox_messages
      DROP COLUMN IF EXISTS appointment_starts_at,
      DROP COLUMN IF EXISTS appointment_id,
      DROP COLUMN IF EXISTS last_error,
      DROP COLUMN IF EXISTS claim_token,
      DROP COLUMN IF EXISTS next_attempt_at,
      DROP COLUMN IF EXISTS status,
      DROP COLUMN IF EXISTS channel;
  `.execute(db);
}
