-- Referrals made in the period by destination (directory organization, or outside the directory)
-- and current status; the calendar days to the partner's first answer (first status change) and
-- to closure for those closed in the period. Staff filter: the referral's owner.
WITH made AS (
  SELECT id, organization_id, status, outcome, created_at
  FROM referrals
  WHERE center_id = :center_id
    AND created_at >= :from AND created_at < :until
    AND (:staff_id::uuid IS NULL OR owner_id = :staff_id)
)
SELECT 'destination' AS section, coalesce(m.organization_id::text, 'external') AS key,
  min(o.name) AS label, count(*) AS n,
  count(*) FILTER (WHERE m.status = 'completed') AS completed,
  count(*) FILTER (WHERE m.outcome = 'delivered') AS delivered,
  NULL::numeric AS median_days
FROM made m
LEFT JOIN directory_organizations o ON o.id = m.organization_id
GROUP BY 2
UNION ALL
SELECT 'status', status, NULL, count(*), NULL, NULL, NULL FROM made GROUP BY status
UNION ALL
SELECT 'first_answer', NULL, NULL, count(*), NULL, NULL,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::numeric
FROM (
  SELECT (min(c.at) AT TIME ZONE :tz)::date - (min(m.created_at) AT TIME ZONE :tz)::date AS days
  FROM made m
  JOIN referral_status_changes c
    ON c.center_id = :center_id AND c.referral_id = m.id AND c.to_status <> 'requested'
  GROUP BY m.id
) answered
UNION ALL
SELECT 'closure', NULL, NULL, count(*), NULL, NULL,
  percentile_cont(0.5) WITHIN GROUP (
    ORDER BY (closed_at AT TIME ZONE :tz)::date - (created_at AT TIME ZONE :tz)::date)::numeric
FROM referrals
WHERE center_id = :center_id
  AND closed_at >= :from AND closed_at < :until
  AND (:staff_id::uuid IS NULL OR owner_id = :staff_id)
