// A person's timeline: every event they took part in, in date order, with their role and the place.
// @param person = "Kim Jong Un": a name or any alias of the person
MATCH (p:Person) WHERE toLower($person) IN [a IN p.aliases | toLower(a)]
MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
RETURN e.date AS date, e.endDate AS until, e.kind AS kind, r.role AS role, place.label AS place, e.label AS event
ORDER BY date IS NULL, date
