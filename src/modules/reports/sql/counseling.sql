-- Counseling sessions held in the period by kind, and the residents who took part: counts only,
-- never anything of the notes. Staff filter: the session's author.
WITH s AS (
  SELECT id, kind FROM counseling_sessions
  WHERE center_id = :center_id
    AND started_at >= :from AND started_at < :until
    AND (:staff_id::uuid IS NULL OR author_id = :staff_id)
),
sessions AS (
  SELECT kind, count(*) AS n FROM s GROUP BY ROLLUP (kind)
),
participants AS (
  SELECT s.kind, count(DISTINCT p.resident_id) AS n
  FROM s
  JOIN counseling_participants p ON p.center_id = :center_id AND p.session_id = s.id
  GROUP BY ROLLUP (s.kind)
)
SELECT sessions.kind, sessions.n AS sessions, coalesce(participants.n, 0) AS participants
FROM sessions
LEFT JOIN participants ON participants.kind IS NOT DISTINCT FROM sessions.kind
