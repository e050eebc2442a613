-- The Center's time zone: it decides where a day and a month begin.
SELECT timezone FROM centers WHERE id = :center_id
