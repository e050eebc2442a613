-- The residents behind one row of requests (by axis, channel, outcome, staff member or month):
-- those with at least one such request in the period, with the day of the first, in name order.
WITH matching AS (
  SELECT resident_id, min(occurred_at) AS served_at
  FROM requests
  WHERE center_id = :center_id
    AND occurred_at >= :from AND occurred_at < :until
    AND resident_id IS NOT NULL
    AND (:axis::text IS NULL OR axis = :axis)
    AND (:channel::text IS NULL OR channel = :channel)
    AND (:staff_id::uuid IS NULL OR staff_id = :staff_id)
    AND CASE :dimension::text
      WHEN 'axis' THEN axis = :key::text
      WHEN 'channel' THEN channel = :key
      WHEN 'outcome' THEN outcome = :key
      WHEN 'staff' THEN staff_id::text = :key
      WHEN 'month' THEN to_char(occurred_at AT TIME ZONE :tz, 'YYYY-MM') = :key
      WHEN 'total' THEN true
      ELSE false
    END
  GROUP BY resident_id
),
page AS (
  SELECT m.resident_id, r.surname, r.given_name,
    to_char(m.served_at AT TIME ZONE :tz, 'YYYY-MM-DD') AS served_on
  FROM matching m
  JOIN residents r ON r.center_id = :center_id AND r.id = m.resident_id
  ORDER BY r.surname, r.given_name, r.id
  LIMIT :limit OFFSET :offset
)
SELECT t.total, page.resident_id, page.surname, page.given_name, page.served_on
FROM (SELECT count(*) AS total FROM matching) t
LEFT JOIN page ON true
