-- The residents behind "served" (kind 'all'), "new" or "returning": each with the day of their
-- first service in the period, in name order, one page, and how many there are in all.
WITH contacts AS (
  /*include:contacts*/
),
served AS MATERIALIZED (
  SELECT resident_id, min(at) AS served_at FROM contacts GROUP BY resident_id
),
entered AS MATERIALIZED (
  /*include:first-entries*/
),
chosen AS (
  SELECT s.resident_id, s.served_at
  FROM served s
  WHERE :kind::text = 'all'
    OR (:kind = 'new') = EXISTS (SELECT 1 FROM entered e WHERE e.resident_id = s.resident_id)
),
page AS (
  SELECT c.resident_id, r.surname, r.given_name,
    to_char(c.served_at AT TIME ZONE :tz, 'YYYY-MM-DD') AS served_on
  FROM chosen c
  JOIN residents r ON r.center_id = :center_id AND r.id = c.resident_id
  ORDER BY r.surname, r.given_name, r.id
  LIMIT :limit OFFSET :offset
)
SELECT t.total, page.resident_id, page.surname, page.given_name, page.served_on
FROM (SELECT count(*) AS total FROM chosen) t
LEFT JOIN page ON true
