import { sql, type Kysely } from 'kysely';

/**
 * Reports (docs/decisions/0014-reports-and-indicators.md).
 *
 * `report_participants` is the ESF+ entry sheet («Απογραφικό Δελτίο Εισόδου»): when a resident is
 * served for the first time, their situation (gender, age, employment, education, disability,
 * nationality, ESF answers) is copied, so the indicators of a closed period come out the same
 * however the file changes later. Unknown fields may be completed from the file for 30 days
 * (`complete_until`); a known field is never changed.
 *
 * A service is a logged request, a counseling session attended, an appointment checked in or
 * completed, or an event attended (the same four sources as `sql/contacts.sql`). Triggers on those
 * tables keep the entries, set-based (statement triggers with transition tables), so bulk loads
 * stay fast. One entry per resident: a merge moves every row of the duplicate onto the survivor
 * (residents-merge.repository.ts), the entries first; when both have an entry the earlier one is
 * kept (same first service: the one recorded first), the later stays with the merged file (where
 * no service points any more).
 *
 * Indexes: covering indexes on each activity table by Center and time, so a year's report reads
 * index-only ranges (benchmark: bench/reports.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_participants (
      center_id uuid NOT NULL REFERENCES centers (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL,
      first_served_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      complete_until timestamptz NOT NULL,
      gender text,
      age_at_entry smallint,
      employment_status text,
      education_level smallint,
      disability_percent smallint,
      nationality text,
      esf jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (center_id, id),
      FOREIGN KEY (center_id, resident_id) REFERENCES residents (center_id, id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX report_participants_resident_key
      ON report_participants (center_id, resident_id);
    CREATE INDEX report_participants_first_idx
      ON report_participants (center_id, first_served_at) INCLUDE (resident_id);

    -- Whole years of age on the local day of an instant (null when the birth date is unknown).
    CREATE FUNCTION report_age_on(birth date, at timestamptz, tz text) RETURNS smallint
      LANGUAGE sql STABLE AS $$
        SELECT extract(year FROM age((at AT TIME ZONE tz)::date, birth))::smallint
      $$;

    -- Records services: a first service makes an entry (a snapshot of the file); a service earlier
    -- than the entry (logged late) moves the entry back, keeping the situation recorded.
    CREATE FUNCTION report_enter_participants(
      p_centers uuid[], p_residents uuid[], p_times timestamptz[], p_open_days integer
    ) RETURNS void LANGUAGE sql AS $$
      WITH services AS (
        SELECT center_id, resident_id, min(at) AS at
        FROM unnest(p_centers, p_residents, p_times) AS s (center_id, resident_id, at)
        WHERE resident_id IS NOT NULL
        GROUP BY center_id, resident_id
      ),
      current_entry AS (
        SELECT e.center_id, e.resident_id, e.id, e.first_served_at
        FROM report_participants e
        JOIN services s ON s.center_id = e.center_id AND s.resident_id = e.resident_id
      ),
      moved AS (
        UPDATE report_participants e
        SET first_served_at = s.at,
          age_at_entry = coalesce(report_age_on(r.birth_date, s.at, c.timezone), e.age_at_entry)
        FROM current_entry cur
        JOIN services s ON s.center_id = cur.center_id AND s.resident_id = cur.resident_id
        JOIN residents r ON r.center_id = s.center_id AND r.id = s.resident_id
        JOIN centers c ON c.id = s.center_id
        WHERE e.center_id = cur.center_id AND e.id = cur.id AND s.at < cur.first_served_at
        RETURNING e.id
      )
      INSERT INTO report_participants (center_id, resident_id, first_served_at, complete_until,
        gender, age_at_entry, employment_status, education_level, disability_percent,
        nationality, esf)
      SELECT s.center_id, s.resident_id, s.at,
        greatest(now(), s.at) + make_interval(days => p_open_days),
        r.gender, report_age_on(r.birth_date, s.at, c.timezone), r.employment_status,
        r.education_level, r.disability_percent, r.nationality, r.esf
      FROM services s
      JOIN residents r ON r.center_id = s.center_id AND r.id = s.resident_id
      JOIN centers c ON c.id = s.center_id
      WHERE NOT EXISTS (
        SELECT 1 FROM current_entry cur
        WHERE cur.center_id = s.center_id AND cur.resident_id = s.resident_id)
      -- Two first services of one resident committed at once: the other transaction's entry wins.
      ON CONFLICT (center_id, resident_id) DO NOTHING
    $$;

    -- A merge moves the duplicate's entry to the survivor: the earlier of the two entries stays;
    -- on the same first service, the one recorded first (the other was made from a later file).
    CREATE FUNCTION report_participants_merged() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      kept report_participants;
    BEGIN
      SELECT * INTO kept FROM report_participants
      WHERE center_id = NEW.center_id AND resident_id = NEW.resident_id AND id <> NEW.id;
      IF NOT FOUND THEN
        RETURN NEW;
      END IF;
      IF (kept.first_served_at, kept.recorded_at, kept.id)
        <= (NEW.first_served_at, NEW.recorded_at, NEW.id) THEN
        RETURN NULL;
      END IF;
      DELETE FROM report_participants WHERE center_id = kept.center_id AND id = kept.id;
      RETURN NEW;
    END $$;
    CREATE TRIGGER report_participants_merge BEFORE UPDATE OF resident_id ON report_participants
      FOR EACH ROW WHEN (NEW.resident_id IS DISTINCT FROM OLD.resident_id)
      EXECUTE FUNCTION report_participants_merged();

    CREATE FUNCTION report_requests_entered() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM report_enter_participants(array_agg(center_id), array_agg(resident_id),
        array_agg(occurred_at), 30)
      FROM inserted WHERE resident_id IS NOT NULL HAVING count(*) > 0;
      RETURN NULL;
    END $$;
    CREATE TRIGGER requests_report_participants AFTER INSERT ON requests
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
      EXECUTE FUNCTION report_requests_entered();

    CREATE FUNCTION report_counseling_entered() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM report_enter_participants(array_agg(i.center_id), array_agg(i.resident_id),
        array_agg(s.started_at), 30)
      FROM inserted i
      JOIN counseling_sessions s ON s.center_id = i.center_id AND s.id = i.session_id
      HAVING count(*) > 0;
      RETURN NULL;
    END $$;
    CREATE TRIGGER counseling_participants_report_participants AFTER INSERT
      ON counseling_participants
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
      EXECUTE FUNCTION report_counseling_entered();

    CREATE FUNCTION report_appointments_entered() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM report_enter_participants(array_agg(center_id), array_agg(resident_id),
        array_agg(starts_at), 30)
      FROM changed
      WHERE resident_id IS NOT NULL AND status IN ('checked_in', 'completed')
      HAVING count(*) > 0;
      RETURN NULL;
    END $$;
    CREATE TRIGGER appointments_report_participants_insert AFTER INSERT ON appointments
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
      EXECUTE FUNCTION report_appointments_entered();
    CREATE TRIGGER appointments_report_participants_update AFTER UPDATE ON appointments
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
      EXECUTE FUNCTION report_appointments_entered();

    CREATE FUNCTION report_event_attendance_entered() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM report_enter_participants(array_agg(center_id), array_agg(resident_id),
        array_agg(attended_at), 30)
      FROM changed
      WHERE resident_id IS NOT NULL AND attended_at IS NOT NULL
      HAVING count(*) > 0;
      RETURN NULL;
    END $$;
    CREATE TRIGGER event_registrations_report_participants_insert AFTER INSERT
      ON event_registrations
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
      EXECUTE FUNCTION report_event_attendance_entered();
    CREATE TRIGGER event_registrations_report_participants_update AFTER UPDATE
      ON event_registrations
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
      EXECUTE FUNCTION report_event_attendance_entered();

    -- Completing the entry sheet: while it is open, fields unknown at entry take the file's value;
    -- a known field is never overwritten, and an anonymised file completes nothing.
    CREATE FUNCTION report_participants_completed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.anonymised_at IS NOT NULL THEN
        RETURN NULL;
      END IF;
      UPDATE report_participants e SET
        gender = coalesce(e.gender, NEW.gender),
        age_at_entry = coalesce(e.age_at_entry,
          report_age_on(NEW.birth_date, e.first_served_at,
            (SELECT timezone FROM centers WHERE id = NEW.center_id))),
        employment_status = coalesce(e.employment_status, NEW.employment_status),
        education_level = coalesce(e.education_level, NEW.education_level),
        disability_percent = coalesce(e.disability_percent, NEW.disability_percent),
        nationality = coalesce(e.nationality, NEW.nationality),
        esf = CASE WHEN e.esf = '{}'::jsonb THEN NEW.esf ELSE e.esf END
      WHERE e.center_id = NEW.center_id AND e.resident_id = NEW.id AND e.complete_until > now()
        AND (e.gender IS NULL OR e.age_at_entry IS NULL OR e.employment_status IS NULL
          OR e.education_level IS NULL OR e.disability_percent IS NULL OR e.nationality IS NULL
          OR e.esf = '{}'::jsonb);
      RETURN NULL;
    END $$;
    CREATE TRIGGER residents_report_participants AFTER UPDATE ON residents
      FOR EACH ROW EXECUTE FUNCTION report_participants_completed();

    -- Entries for services recorded before this migration (or loaded in bulk without triggers):
    -- the file as it is now is the best knowledge of the situation at entry; sheets closed.
    CREATE FUNCTION report_backfill_participants() RETURNS void LANGUAGE sql AS $$
      WITH services AS (
        SELECT center_id, resident_id, occurred_at AS at FROM requests
        WHERE resident_id IS NOT NULL
        UNION ALL
        SELECT p.center_id, p.resident_id, s.started_at
        FROM counseling_participants p
        JOIN counseling_sessions s ON s.center_id = p.center_id AND s.id = p.session_id
        UNION ALL
        SELECT center_id, resident_id, starts_at FROM appointments
        WHERE resident_id IS NOT NULL AND status IN ('checked_in', 'completed')
        UNION ALL
        SELECT center_id, resident_id, attended_at FROM event_registrations
        WHERE resident_id IS NOT NULL AND attended_at IS NOT NULL
      ),
      firsts AS (
        SELECT center_id, resident_id, min(at) AS at FROM services GROUP BY center_id, resident_id
      )
      INSERT INTO report_participants (center_id, resident_id, first_served_at, complete_until,
        gender, age_at_entry, employment_status, education_level, disability_percent,
        nationality, esf)
      SELECT f.center_id, f.resident_id, f.at, f.at, r.gender,
        report_age_on(r.birth_date, f.at, c.timezone), r.employment_status, r.education_level,
        r.disability_percent, r.nationality, r.esf
      FROM firsts f
      JOIN residents r ON r.center_id = f.center_id AND r.id = f.resident_id
      JOIN centers c ON c.id = f.center_id
      WHERE NOT EXISTS (
        SELECT 1 FROM report_participants e
        WHERE e.center_id = f.center_id AND e.resident_id = f.resident_id)
    $$;
    SELECT report_backfill_participants();

    CREATE INDEX requests_report_idx ON requests (center_id, occurred_at)
      INCLUDE (axis, channel, outcome, staff_id, resident_id);
    CREATE INDEX counseling_sessions_report_idx ON counseling_sessions (center_id, started_at)
      INCLUDE (kind, author_id);
    CREATE INDEX appointments_report_idx ON appointments (center_id, starts_at)
      INCLUDE (status, staff_id, resident_id);
    CREATE INDEX cases_opened_report_idx ON cases (center_id, opened_at)
      INCLUDE (assigned_worker_id, resident_id);
    CREATE INDEX cases_closed_report_idx ON cases (center_id, closed_at)
      INCLUDE (opened_at, outcome, assigned_worker_id, resident_id) WHERE closed_at IS NOT NULL;
    CREATE INDEX applications_created_report_idx ON applications (center_id, created_at);
    CREATE INDEX applications_decided_report_idx ON applications (center_id, decided_at)
      WHERE decided_at IS NOT NULL;
    CREATE INDEX referrals_closed_report_idx ON referrals (center_id, closed_at)
      WHERE closed_at IS NOT NULL;
    CREATE INDEX event_registrations_attended_report_idx
      ON event_registrations (center_id, attended_at) INCLUDE (resident_id)
      WHERE attended_at IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX event_registrations_attended_report_idx;
    DROP INDEX referrals_closed_report_idx;
    DROP INDEX applications_decided_report_idx;
    DROP INDEX applications_created_report_idx;
    DROP INDEX cases_closed_report_idx;
    DROP INDEX cases_opened_report_idx;
    DROP INDEX appointments_report_idx;
    DROP INDEX counseling_sessions_report_idx;
    DROP INDEX requests_report_idx;
    DROP TRIGGER residents_report_participants ON residents;
    DROP TRIGGER report_participants_merge ON report_participants;
    DROP TRIGGER event_registrations_report_participants_update ON event_registrations;
    DROP TRIGGER event_registrations_report_participants_insert ON event_registrations;
    DROP TRIGGER appointments_report_participants_update ON appointments;
    DROP TRIGGER appointments_report_participants_insert ON appointments;
    DROP TRIGGER counseling_participants_report_participants ON counseling_participants;
    DROP TRIGGER requests_report_participants ON requests;
    DROP FUNCTION report_backfill_participants();
    DROP FUNCTION report_participants_completed();
    DROP FUNCTION report_participants_merged();
    DROP FUNCTION report_event_attendance_entered();
    DROP FUNCTION report_appointments_entered();
    DROP FUNCTION report_counseling_entered();
    DROP FUNCTION report_requests_entered();
    DROP FUNCTION report_enter_participants(uuid[], uuid[], timestamptz[], integer);
    DROP FUNCTION report_age_on(date, timestamptz, text);
    DROP TABLE report_participants;
  `.execute(db);
}
