// The delegation of an event: who took part in the events at a place on a date, with their roles and titles.
// @param place = "Pyongyang": a name or alias of the place
// @param date = "2024-06": an ISO date or its start (2024, 2024-06, 2024-06-19)
MATCH (e:Event)-[:HELD_IN]->(pl:Place) WHERE toLower($place) IN [a IN pl.aliases | toLower(a)] AND e.date STARTS WITH $date
MATCH (p)-[r:PARTICIPATED_IN]->(e)
RETURN e.label AS event, p.label AS participant, r.role AS role, p.titles AS titles
ORDER BY event, CASE r.role WHEN 'host' THEN 0 WHEN 'guest' THEN 1 WHEN 'delegate' THEN 2 ELSE 3 END, participant
