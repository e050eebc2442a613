-- Benefit applications: those opened in the period by benefit and current status, and those
-- decided in the period by benefit and outcome with the amounts decided (the estimate of what was
-- secured). decided_at is a calendar day, compared with the period's days. Staff filter: the
-- assigned worker.
SELECT 'created' AS section, benefit, status AS outcome, count(*) AS n, NULL::numeric AS amount
FROM applications
WHERE center_id = :center_id
  AND created_at >= :from AND created_at < :until
  AND (:staff_id::uuid IS NULL OR assigned_to = :staff_id)
GROUP BY benefit, status
UNION ALL
SELECT 'decided', benefit,
  CASE
    WHEN status IN ('rejected', 'appealed') THEN 'rejected'
    WHEN status IN ('approved', 'renewal_due') OR decision_amount IS NOT NULL THEN 'approved'
    ELSE 'closed_after_decision'
  END,
  count(*),
  sum(decision_amount)
FROM applications
WHERE center_id = :center_id
  AND decided_at >= :from_day AND decided_at <= :to_day
  AND (:staff_id::uuid IS NULL OR assigned_to = :staff_id)
GROUP BY 1, 2, 3
