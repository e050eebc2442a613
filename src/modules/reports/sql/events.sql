-- Published events starting in the period, with their seats, registrations holding a seat and
-- attendance (participants). Drafts and cancelled events are left out.
SELECT e.id, e.title_el, coalesce(e.title_en, e.title_el) AS title_en, e.capacity,
  count(g.id) FILTER (WHERE g.status IN ('registered', 'attended')) AS registered,
  count(g.id) FILTER (WHERE g.attended_at IS NOT NULL) AS attended
FROM events e
LEFT JOIN event_registrations g ON g.center_id = e.center_id AND g.event_id = e.id
WHERE e.center_id = :center_id
  AND e.starts_at >= :from AND e.starts_at < :until
  AND e.status = 'published'
GROUP BY e.center_id, e.id
ORDER BY min(e.starts_at), e.id
