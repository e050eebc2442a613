-- Case files opened in the period, and those closed in it by outcome with the calendar days
-- they stayed open (median). Staff filter: the assigned worker.
SELECT 'opened' AS section, NULL AS outcome, count(*) AS n, NULL::numeric AS median_days
FROM cases
WHERE center_id = :center_id
  AND opened_at >= :from AND opened_at < :until
  AND (:staff_id::uuid IS NULL OR assigned_worker_id = :staff_id)
UNION ALL
SELECT 'closed', outcome, count(*),
  percentile_cont(0.5) WITHIN GROUP (
    ORDER BY (closed_at AT TIME ZONE :tz)::date - (opened_at AT TIME ZONE :tz)::date)::numeric
FROM cases
WHERE center_id = :center_id
  AND closed_at >= :from AND closed_at < :until
  AND (:staff_id::uuid IS NULL OR assigned_worker_id = :staff_id)
GROUP BY ROLLUP (outcome)
