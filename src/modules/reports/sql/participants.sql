-- The new participants of the period (first service ever in it; sql/first-entries.sql) and their
-- entry-sheet facts grouped for the ESF+ indicators (src/modules/reports/indicators.ts classifies
-- each group).
WITH entered AS MATERIALIZED (
  /*include:first-entries*/
)
SELECT 'entered' AS section, NULL AS key, gender, NULL AS detail, count(*) AS n
FROM entered GROUP BY gender
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
