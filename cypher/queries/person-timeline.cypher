// A person's timeline: one row per event they took part in, in date order, with their role, the place and the articles that report it.
// @param person = "Kim Jong Un": a name or any alias of the person
MATCH (p:Person) WHERE toLower($person) IN [a IN p.aliases | toLower(a)]
MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
CALL (e) { OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place) RETURN place.label AS place ORDER BY place LIMIT 1 }
CALL (e) { OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e) WITH d ORDER BY d.title RETURN collect(DISTINCT d.title) AS articles }
RETURN e.date AS date, e.endDate AS until, e.kind AS kind, r.role AS role, place, e.label AS event, articles
ORDER BY e.dateFrom IS NULL, e.dateFrom, e.dateTo, event
