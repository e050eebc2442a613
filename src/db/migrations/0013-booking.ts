import { sql, type Kysely } from 'kysely';

/**
 * Booking on top of the calendar (0012): idempotency keys of public POSTs, the waitlist, the
 * outbox of e-mails written in the booking's own transaction (a worker sends them after commit),
 * and the secret calendar-feed tokens of staff members (only their hash is kept).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_keys (
      center_id uuid NOT NULL REFERENCES centers (id),
      key text NOT NULL CHECK (char_length(key) BETWEEN 8 AND 200),
      request_hash text NOT NULL,
      -- Written in the same transaction as the work it answers for: null only while that
      -- transaction runs, so a committed key always has its response to replay.
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, key)
    );
    CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

    CREATE TABLE waitlist (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      type_id uuid NOT NULL,
      staff_id uuid,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
      email text CHECK (char_length(email) <= 254),
      phone text CHECK (char_length(phone) <= 20),
      language text NOT NULL DEFAULT 'el' CHECK (language IN ('el', 'en')),
      -- Where the person joined from: their offer's accept link points there, so no one else's
      -- request (with another Host header) can put a link of their choosing in this e-mail.
      link_origin text NOT NULL CHECK (link_origin ~ '^https?://[^/]+$'),
      wanted_from timestamptz NOT NULL,
      wanted_to timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting', 'offered', 'booked', 'expired', 'cancelled')),
      offered_staff_id uuid,
      offered_starts_at timestamptz,
      offered_ends_at timestamptz,
      offer_expires_at timestamptz,
      appointment_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, type_id) REFERENCES appointment_types (center_id, id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, offered_staff_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, appointment_id) REFERENCES appointments (center_id, id),
      CHECK (email IS NOT NULL OR phone IS NOT NULL),
      CHECK (wanted_to > wanted_from),
      -- An offer names its slot, its staff member and its deadline.
      CHECK (status <> 'offered' OR (offer_expires_at IS NOT NULL AND offered_starts_at IS NOT NULL
        AND offered_ends_at IS NOT NULL AND offered_staff_id IS NOT NULL)),
      CHECK ((status = 'booked') = (appointment_id IS NOT NULL))
    );
    -- The line: first come, first offered.
    CREATE INDEX waitlist_line_idx ON waitlist (center_id, type_id, created_at, id)
      WHERE status = 'waiting';
    CREATE INDEX waitlist_offers_idx ON waitlist (offer_expires_at) WHERE status = 'offered';

    CREATE TABLE outbox_messages (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
      "to" text NOT NULL CHECK (char_length("to") BETWEEN 3 AND 254),
      subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 300),
      body text NOT NULL,
      -- An iCalendar attachment (text/calendar), when the message carries one.
      ics text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      PRIMARY KEY (center_id, id)
    );
    CREATE INDEX outbox_messages_unsent_idx ON outbox_messages (created_at) WHERE sent_at IS NULL;

    CREATE TABLE staff_calendar_feeds (
      center_id uuid NOT NULL,
      staff_id uuid NOT NULL,
      -- SHA-256 of the secret in the feed's URL; the secret itself is shown once.
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, staff_id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE staff_calendar_feeds;
    DROP TABLE outbox_messages;
    DROP TABLE waitlist;
    DROP TABLE idempotency_keys;
  `.execute(db);
}
