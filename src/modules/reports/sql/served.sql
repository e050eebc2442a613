-- Residents served in the period (unique), by month, the new among them (first service ever in
-- the period) and the entry-sheet facts of the new, grouped for the ESF+ indicators
-- (src/modules/reports/indicators.ts classifies each group). A month is found by binary search
-- in the period's month starts (Athens midnights, computed once), not by converting every row.
WITH contacts AS (
  /*include:contacts*/
),
served_months AS MATERIALIZED (
  SELECT DISTINCT resident_id, width_bucket(at, :month_starts::timestamptz[]) AS month
  FROM contacts
),
served AS MATERIALIZED (
  SELECT DISTINCT resident_id FROM served_months
),
entered AS MATERIALIZED (
  /*include:first-entries*/
)
SELECT 'served' AS section, NULL AS key, NULL AS gender, NULL AS detail, count(*) AS n
FROM served
UNION ALL
SELECT 'month', (:months::text[])[month], NULL, NULL, count(*) FROM served_months GROUP BY month
UNION ALL
SELECT 'entered', NULL, gender, NULL, count(*) FROM entered GROUP BY gender
UNION ALL
SELECT 'age', age_at_entry::text, gender, NULL, count(*) FROM entered GROUP BY 2, 3
UNION ALL
SELECT 'employment', employment_status, gender, NULL, count(*) FROM entered GROUP BY 2, 3
UNION ALL
SELECT 'education', education_level::text, gender, NULL, count(*) FROM entered GROUP BY 2, 3
UNION ALL
-- One row per question and answer; the facts that answer a question left unanswered ride along.
SELECT 'esf:' || q.question, e.esf ->> q.question, e.gender,
  CASE q.question
    WHEN 'disability' THEN e.disability_percent::text
    WHEN 'thirdCountryNational' THEN e.nationality
  END,
  count(*)
FROM entered e
CROSS JOIN unnest(:questions::text[]) AS q (question)
GROUP BY 1, 2, 3, 4
