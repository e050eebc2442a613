-- Residents served in the period: how many (unique) and how many in each calendar month, in one
-- pass over the contacts (two grouping sets). A month is found by binary search in the period's
-- month starts (Athens midnights, computed once), not by converting every row's time.
WITH contacts AS (
  /*include:contacts*/
),
per_resident AS (
  SELECT resident_id, width_bucket(at, :month_starts::timestamptz[]) AS month,
    GROUPING(width_bucket(at, :month_starts::timestamptz[])) AS whole_period
  FROM contacts
  GROUP BY GROUPING SETS ((resident_id, width_bucket(at, :month_starts::timestamptz[])), (resident_id))
)
SELECT CASE WHEN whole_period = 1 THEN 'served' ELSE 'month' END AS section,
  CASE WHEN whole_period = 0 THEN (:months::text[])[month] END AS key,
  NULL AS gender, NULL AS detail, count(*) AS n
FROM per_resident
GROUP BY whole_period, month
