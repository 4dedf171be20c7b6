// Who met a person: one row per meeting (talks, summit, signing, or a visit's host and guest), with its date, place, the people met and the articles that report it.
// @param person = "Vladimir Putin": a name or any alias of the person
MATCH (p:Person) WHERE toLower($person) IN [a IN p.aliases | toLower(a)]
MATCH (p)-[m:MET]-(other:Person)
WITH p, m.event AS event, other ORDER BY other.label
WITH p, event, collect(DISTINCT other.label) AS people
MATCH (e:Event {key: event})
CALL (e) { OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place) RETURN place.label AS place ORDER BY place LIMIT 1 }
CALL (e) { OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e) WITH d ORDER BY d.title RETURN collect(DISTINCT d.title) AS articles }
RETURN e.date AS date, e.kind AS kind, place, people, articles, e.label AS event
ORDER BY e.dateFrom IS NULL, e.dateFrom, e.dateTo, event
