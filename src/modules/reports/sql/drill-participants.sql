-- The new participants of the period with their entry-sheet facts and names, for the list behind
-- an ESF+ indicator (src/modules/reports/indicators.ts picks the ones of the row).
WITH entered AS (
  /*include:first-entries*/
)
SELECT e.resident_id, r.surname, r.given_name,
  to_char(e.first_served_at AT TIME ZONE :tz, 'YYYY-MM-DD') AS served_on,
  e.gender, e.age_at_entry, e.employment_status, e.education_level, e.disability_percent,
  e.nationality, e.esf
FROM entered e
JOIN residents r ON r.center_id = :center_id AND r.id = e.resident_id
ORDER BY r.surname, r.given_name, r.id
