-- Fragment (after a `served (resident_id)` CTE): the entry sheets of the residents served whose
-- first service ever falls in the period. A merged file may hold two entries: the earliest counts.
SELECT e.resident_id, e.first_served_at, e.gender, e.age_at_entry, e.employment_status,
  e.education_level, e.disability_percent, e.nationality, e.esf
FROM report_participants e
WHERE e.center_id = :center_id
  AND e.first_served_at >= :from AND e.first_served_at < :until
  AND EXISTS (SELECT 1 FROM served s WHERE s.resident_id = e.resident_id)
  AND NOT EXISTS (
    SELECT 1 FROM report_participants earlier
    WHERE earlier.center_id = e.center_id AND earlier.resident_id = e.resident_id
      AND (earlier.first_served_at, earlier.id) < (e.first_served_at, e.id))
