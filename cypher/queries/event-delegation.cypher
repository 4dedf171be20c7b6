// The delegation of an event: who took part in the events at a place on a date (events whose dates overlap it), with their roles and titles.
// @param place = "Pyongyang": a name or alias of the place
// @param date = "2024-06": an ISO date, month or year (2024, 2024-06, 2024-06-19)
WITH date($date) AS first, date($date) + CASE size($date) WHEN 4 THEN duration('P1Y') WHEN 7 THEN duration('P1M') ELSE duration('P1D') END - duration('P1D') AS last
MATCH (e:Event)-[:HELD_IN]->(pl:Place) WHERE toLower($place) IN [a IN pl.aliases | toLower(a)] AND e.dateFrom <= last AND e.dateTo >= first
MATCH (p)-[r:PARTICIPATED_IN]->(e)
RETURN e.label AS event, p.label AS participant, r.role AS role, p.titles AS titles
ORDER BY event, CASE r.role WHEN 'host' THEN 0 WHEN 'guest' THEN 1 WHEN 'delegate' THEN 2 ELSE 3 END, participant
