import { sql, type Kysely } from 'kysely';

/**
 * The appointments calendar: types of appointment and who provides them, staff working hours
 * (weekly, one-off changes, absences), Center closures and per-day calendar overrides (a moved
 * May Day, an extra short day), and the `appointments` themselves.
 *
 * Double booking is refused by the database: an exclusion constraint over the range an active
 * appointment blocks, `[starts_at, blocked_until)`, where `blocked_until = ends_at + the type's
 * buffer` at the time of booking. The buffer is stored as an instant (not minutes) because
 * `timestamptz + interval` is only STABLE and cannot appear in an index expression; see
 * docs/decisions/0009-calendar-and-availability.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS btree_gist;

    CREATE TABLE appointment_types (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      name_el text NOT NULL CHECK (char_length(name_el) BETWEEN 1 AND 200),
      name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 200),
      duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
      buffer_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
      mode text NOT NULL CHECK (mode IN ('in_person', 'phone', 'video')),
      public boolean NOT NULL DEFAULT false,
      min_notice_minutes integer NOT NULL DEFAULT 60 CHECK (min_notice_minutes BETWEEN 0 AND 43200),
      max_days_ahead integer NOT NULL DEFAULT 30 CHECK (max_days_ahead BETWEEN 0 AND 365),
      daily_cap integer CHECK (daily_cap > 0),
      provider_roles text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id)
    );

    CREATE TABLE appointment_type_providers (
      center_id uuid NOT NULL,
      type_id uuid NOT NULL,
      staff_id uuid NOT NULL,
      PRIMARY KEY (center_id, type_id, staff_id),
      FOREIGN KEY (center_id, type_id) REFERENCES appointment_types (center_id, id)
        ON DELETE CASCADE,
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id)
    );

    CREATE TABLE staff_weekly_hours (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      staff_id uuid NOT NULL,
      weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      starts time NOT NULL,
      ends time NOT NULL,
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id),
      CHECK (ends > starts)
    );
    CREATE INDEX staff_weekly_hours_staff_idx ON staff_weekly_hours (center_id, staff_id, weekday);

    CREATE TABLE staff_absences (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      staff_id uuid NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      reason text CHECK (char_length(reason) <= 500),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id),
      CHECK (ends_at > starts_at)
    );
    CREATE INDEX staff_absences_staff_idx ON staff_absences (center_id, staff_id, ends_at);

    -- One-off change of one day: rows with hours replace that weekday's hours; a row with neither
    -- time means the person is off that day.
    CREATE TABLE staff_schedule_changes (
      center_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      staff_id uuid NOT NULL,
      day date NOT NULL,
      starts time,
      ends time,
      reason text CHECK (char_length(reason) <= 500),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id),
      CHECK ((starts IS NULL) = (ends IS NULL)),
      CHECK (ends > starts)
    );
    CREATE INDEX staff_schedule_changes_day_idx ON staff_schedule_changes (center_id, day);

    CREATE TABLE center_closures (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
      PRIMARY KEY (center_id, id),
      CHECK (ends_on >= starts_on)
    );

    -- The yearly-editable part of the calendar: an extra holiday (a moved May Day), a public
    -- holiday the Center works on anyway, or a short day closing at closes_at.
    CREATE TABLE calendar_overrides (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      day date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('holiday', 'working_day', 'short_day')),
      closes_at time,
      name_el text NOT NULL CHECK (char_length(name_el) BETWEEN 1 AND 200),
      name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 200),
      PRIMARY KEY (center_id, id),
      UNIQUE (center_id, day),
      CHECK ((kind = 'short_day') = (closes_at IS NOT NULL))
    );

    CREATE TABLE appointments (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      type_id uuid NOT NULL,
      staff_id uuid NOT NULL,
      resident_id uuid,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      blocked_until timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'booked'
        CHECK (status IN ('booked', 'checked_in', 'completed', 'no_show', 'cancelled')),
      contact_name text CHECK (char_length(contact_name) <= 200),
      contact_phone text CHECK (char_length(contact_phone) <= 30),
      contact_email text CHECK (char_length(contact_email) <= 254),
      reason text CHECK (char_length(reason) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, type_id) REFERENCES appointment_types (center_id, id),
      FOREIGN KEY (center_id, staff_id) REFERENCES staff (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id),
      CHECK (ends_at > starts_at),
      CHECK (blocked_until >= ends_at),
      CONSTRAINT appointments_no_double_booking EXCLUDE USING gist (
        center_id WITH =,
        staff_id WITH =,
        tstzrange(starts_at, blocked_until, '[)') WITH &&
      ) WHERE (status IN ('booked', 'checked_in'))
    );
    -- Availability reads one Center's active appointments of a period (index-only).
    CREATE INDEX appointments_active_idx ON appointments (center_id, starts_at)
      INCLUDE (staff_id, blocked_until, type_id) WHERE status IN ('booked', 'checked_in');
    -- Daily caps count every appointment of a type that was not cancelled.
    CREATE INDEX appointments_type_day_idx ON appointments (center_id, type_id, starts_at)
      WHERE status <> 'cancelled';
    CREATE INDEX appointments_resident_idx ON appointments (center_id, resident_id)
      WHERE resident_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE appointments;
    DROP TABLE calendar_overrides;
    DROP TABLE center_closures;
    DROP TABLE staff_schedule_changes;
    DROP TABLE staff_absences;
    DROP TABLE staff_weekly_hours;
    DROP TABLE appointment_type_providers;
    DROP TABLE appointment_types;
  `.execute(db);
}
