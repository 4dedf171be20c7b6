// The most connected people: how many distinct people they met, how many distinct events they took part in, and how many articles mention them.
// @param limit = 10: how many to list
MATCH (p:Person)
CALL (p) { OPTIONAL MATCH (p)-[:MET]-(o:Person) RETURN count(DISTINCT o) AS people_met }
CALL (p) { OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e:Event) RETURN count(DISTINCT e) AS events }
WITH p, people_met, events WHERE people_met + events > 0
CALL (p) { OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p) RETURN count(DISTINCT d) AS articles }
RETURN p.label AS person, people_met, events, articles
ORDER BY people_met + events DESC, articles DESC, person
LIMIT toInteger($limit)
