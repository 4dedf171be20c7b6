// The most connected people: how many people they met and events they took part in.
// @param limit = 10: how many to list
MATCH (p:Person)
WITH p, COUNT { (p)-[:MET]-() } AS met, COUNT { (p)-[:PARTICIPATED_IN]->() } AS events, COUNT { ()-[:MENTIONS]->(p) } AS articles
WHERE met + events > 0
RETURN p.label AS person, met, events, articles
ORDER BY met + events DESC, articles DESC, person
LIMIT toInteger($limit)
