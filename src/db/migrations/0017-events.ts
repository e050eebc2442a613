import { sql, type Kysely } from 'kysely';

/**
 * Events (δράσεις, ενημερωτικές εκδηλώσεις) and who registered for them. Capacity is the
 * database's to enforce: `events.seats_taken` counts the registrations holding a seat (kept by a
 * trigger on `event_registrations`, never by application code) and a CHECK keeps it within
 * `capacity`, so concurrent registrations can never exceed it; the one that would is refused by
 * the constraint and goes to the waitlist.
 *
 * Owned by the events module (src/modules/events); the columns named in
 * docs/api/cooperation-issue.md are a contract with reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE events (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      title_el text NOT NULL CHECK (char_length(title_el) BETWEEN 1 AND 300),
      title_en text CHECK (char_length(title_en) BETWEEN 1 AND 300),
      description_el text NOT NULL DEFAULT '' CHECK (char_length(description_el) <= 10000),
      description_en text CHECK (char_length(description_en) <= 10000),
      audience_el text CHECK (char_length(audience_el) <= 500),
      audience_en text CHECK (char_length(audience_en) <= 500),
      place text CHECK (char_length(place) <= 500),
      online_url text CHECK (online_url ~ '^https://' AND char_length(online_url) <= 500),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
      seats_taken integer NOT NULL DEFAULT 0,
      registration_opens_at timestamptz NOT NULL,
      registration_closes_at timestamptz NOT NULL,
      -- Hours a waitlisted person has to take a freed seat before it goes to the next in line.
      offer_hours integer NOT NULL DEFAULT 24 CHECK (offer_hours BETWEEN 1 AND 168),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      CHECK (ends_at > starts_at),
      CHECK (registration_closes_at > registration_opens_at),
      CHECK (place IS NOT NULL OR online_url IS NOT NULL),
      CONSTRAINT events_within_capacity CHECK (seats_taken BETWEEN 0 AND capacity)
    );
    CREATE INDEX events_starts_idx ON events (center_id, starts_at);

    CREATE TABLE event_registrations (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL,
      -- Linked to the resident's file when the participant is (or becomes) a registered resident.
      resident_id uuid,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
      email text CHECK (char_length(email) <= 254),
      phone text CHECK (char_length(phone) <= 20),
      -- Lower-cased e-mail or digits of the phone: one registration per person and event.
      person_key text NOT NULL,
      language text NOT NULL DEFAULT 'el' CHECK (language IN ('el', 'en')),
      source text NOT NULL CHECK (source IN ('public', 'staff')),
      -- registered, attended: hold a seat. waitlisted: in line. offered: a seat is held for them
      -- until offer_expires_at. cancelled, expired: gone.
      status text NOT NULL CHECK (status IN
        ('registered', 'waitlisted', 'offered', 'attended', 'cancelled', 'expired')),
      offer_expires_at timestamptz,
      attended_at timestamptz,
      consent_at timestamptz,
      link_origin text CHECK (link_origin ~ '^https?://[^/]+$'),
      registered_by uuid,
      -- Arrival order: taken while the transaction holds the event's row lock (see
      -- docs/decisions/0013-events-capacity.md), so it is the order registrations were decided in.
      arrival bigint GENERATED ALWAYS AS IDENTITY,
      -- When the reminder was queued (or made needless by a confirmation sent inside its window).
      reminded_at timestamptz,
      -- Contact details removed (resident's erasure, or retention after the event); counts stay.
      anonymised_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, event_id) REFERENCES events (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      CHECK (email IS NOT NULL OR phone IS NOT NULL OR resident_id IS NOT NULL
        OR anonymised_at IS NOT NULL),
      CHECK (status <> 'offered' OR offer_expires_at IS NOT NULL),
      CHECK ((status = 'attended') = (attended_at IS NOT NULL))
    );
    CREATE UNIQUE INDEX event_registrations_once_idx
      ON event_registrations (center_id, event_id, person_key)
      WHERE status NOT IN ('cancelled', 'expired');
    -- A resident's file holds at most one live registration per event, however it was made.
    CREATE UNIQUE INDEX event_registrations_resident_once_idx
      ON event_registrations (center_id, event_id, resident_id)
      WHERE resident_id IS NOT NULL AND status NOT IN ('cancelled', 'expired');
    -- The waitlist, in arrival order.
    CREATE INDEX event_registrations_line_idx
      ON event_registrations (center_id, event_id, arrival) WHERE status = 'waitlisted';
    CREATE INDEX event_registrations_offers_idx
      ON event_registrations (offer_expires_at) WHERE status = 'offered';
    CREATE INDEX event_registrations_resident_idx
      ON event_registrations (center_id, resident_id) WHERE resident_id IS NOT NULL;

    -- seats_taken is the number of registrations holding a seat (registered, attended, offered),
    -- kept here and nowhere else: the UPDATE below takes the event's row lock, and the CHECK
    -- events_within_capacity refuses the one seat too many (SQLSTATE 23514) however many
    -- transactions race, whatever code path wrote the row.
    CREATE FUNCTION event_registrations_count_seats() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      held_before boolean := false;
      held_after boolean := false;
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        held_before := OLD.status IN ('registered', 'attended', 'offered');
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        held_after := NEW.status IN ('registered', 'attended', 'offered');
      END IF;
      IF TG_OP = 'UPDATE' AND held_before AND held_after
         AND OLD.center_id = NEW.center_id AND OLD.event_id = NEW.event_id THEN
        RETURN NULL;
      END IF;
      IF held_before THEN
        UPDATE events SET seats_taken = seats_taken - 1
        WHERE center_id = OLD.center_id AND id = OLD.event_id;
      END IF;
      IF held_after THEN
        UPDATE events SET seats_taken = seats_taken + 1
        WHERE center_id = NEW.center_id AND id = NEW.event_id;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER event_registrations_count_seats
      AFTER INSERT OR DELETE OR UPDATE OF status, event_id, center_id ON event_registrations
      FOR EACH ROW EXECUTE FUNCTION event_registrations_count_seats();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE event_registrations;
    DROP FUNCTION event_registrations_count_seats();
    DROP TABLE events;
  `.execute(db);
}
