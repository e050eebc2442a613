-- Display names of the Center's staff, for the rows of requests by staff member.
SELECT id, display_name FROM staff WHERE center_id = :center_id
