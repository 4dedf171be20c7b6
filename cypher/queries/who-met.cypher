// Who met a person, when and where: the people they met at meetings, talks, summits, signings and visits.
// @param person = "Vladimir Putin": a name or any alias of the person
MATCH (p:Person) WHERE toLower($person) IN [a IN p.aliases | toLower(a)]
MATCH (p)-[m:MET]-(other:Person)
OPTIONAL MATCH (e:Event {key: m.event})-[:HELD_IN]->(place:Place)
RETURN other.label AS person, m.date AS date, e.kind AS kind, place.label AS place, e.label AS event
ORDER BY date, person
