-- Requests logged in the period (anonymous ones included) by axis, channel, outcome, staff member
-- and calendar month (in the Center's time zone), and their total. The period's rows are counted
-- once by every combination (a few thousand groups), then the combinations are summed per
-- dimension; a month is found by binary search in the period's month starts.
WITH r AS (
  SELECT axis, channel, outcome, staff_id,
    width_bucket(occurred_at, :month_starts::timestamptz[]) AS month, count(*) AS n
  FROM requests
  WHERE center_id = :center_id
    AND occurred_at >= :from AND occurred_at < :until
    AND (:axis::text IS NULL OR axis = :axis)
    AND (:channel::text IS NULL OR channel = :channel)
    AND (:staff_id::uuid IS NULL OR staff_id = :staff_id)
  GROUP BY axis, channel, outcome, staff_id, month
)
SELECT
  CASE
    WHEN GROUPING(axis) = 0 THEN 'axis'
    WHEN GROUPING(channel) = 0 THEN 'channel'
    WHEN GROUPING(outcome) = 0 THEN 'outcome'
    WHEN GROUPING(staff_id) = 0 THEN 'staff'
    WHEN GROUPING(month) = 0 THEN 'month'
    ELSE 'total'
  END AS dimension,
  coalesce(axis, channel, outcome, staff_id::text, (:months::text[])[month]) AS key,
  sum(n) AS n
FROM r
GROUP BY GROUPING SETS ((axis), (channel), (outcome), (staff_id), (month), ())
