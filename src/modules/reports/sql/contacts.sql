-- Fragment (included by served.sql and drill-served.sql): one row per service to a resident in
-- the period. "Served" (decision 0014): a logged request, a counseling session attended, an
-- appointment checked in or completed, or an event attended. Anonymous requests serve no one.
-- Filters: axis and channel belong to requests; counseling sessions are of the counseling axis,
-- event attendance of the events axis; appointments have neither, events no staff member.
SELECT r.resident_id, r.occurred_at AS at
FROM requests r
WHERE r.center_id = :center_id
  AND r.occurred_at >= :from AND r.occurred_at < :until
  AND r.resident_id IS NOT NULL
  AND (:axis::text IS NULL OR r.axis = :axis)
  AND (:channel::text IS NULL OR r.channel = :channel)
  AND (:staff_id::uuid IS NULL OR r.staff_id = :staff_id)
UNION ALL
SELECT p.resident_id, s.started_at
FROM counseling_sessions s
JOIN counseling_participants p ON p.center_id = s.center_id AND p.session_id = s.id
WHERE s.center_id = :center_id
  AND s.started_at >= :from AND s.started_at < :until
  AND (:axis::text IS NULL OR :axis = 'counseling')
  AND :channel::text IS NULL
  AND (:staff_id::uuid IS NULL OR s.author_id = :staff_id)
UNION ALL
SELECT a.resident_id, a.starts_at
FROM appointments a
WHERE a.center_id = :center_id
  AND a.starts_at >= :from AND a.starts_at < :until
  AND a.resident_id IS NOT NULL
  AND a.status IN ('checked_in', 'completed')
  AND :axis::text IS NULL
  AND :channel::text IS NULL
  AND (:staff_id::uuid IS NULL OR a.staff_id = :staff_id)
UNION ALL
SELECT g.resident_id, g.attended_at
FROM event_registrations g
WHERE g.center_id = :center_id
  AND g.attended_at >= :from AND g.attended_at < :until
  AND g.resident_id IS NOT NULL
  AND (:axis::text IS NULL OR :axis = 'events')
  AND :channel::text IS NULL
  AND :staff_id::uuid IS NULL
