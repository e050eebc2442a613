-- Appointments of the period (by their start) by status. Staff filter: the staff member seen.
SELECT status, count(*) AS n
FROM appointments
WHERE center_id = :center_id
  AND starts_at >= :from AND starts_at < :until
  AND (:staff_id::uuid IS NULL OR staff_id = :staff_id)
GROUP BY status
