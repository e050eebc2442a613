-- Fragment: the entry sheets of the residents whose first service ever falls in the period and
-- who were served in it (under the report's filters). Each entry is checked by one look-up (a
-- contact of that resident in the period), so this part needs no list of every resident served
-- and runs beside served.sql.
SELECT e.resident_id, e.first_served_at, e.gender, e.age_at_entry, e.employment_status,
  e.education_level, e.disability_percent, e.nationality, e.esf
FROM report_participants e
WHERE e.center_id = :center_id
  AND e.first_served_at >= :from AND e.first_served_at < :until
  -- A scalar subquery, not EXISTS: the planner would turn EXISTS into a join with every contact
  -- of the period; this stays one look-up per entry, on each source's (center, resident) index.
  AND (
    SELECT 1 FROM (
      /*include:contacts*/
    ) contact
    WHERE contact.resident_id = e.resident_id
    LIMIT 1) IS NOT NULL
