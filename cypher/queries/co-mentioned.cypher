// Entities mentioned in the same articles as a given one, most shared articles first.
// @param name = "Sergey Lavrov": a name or alias of a person, place or organisation
MATCH (x) WHERE (x:Person OR x:Place OR x:Organization) AND toLower($name) IN [a IN x.aliases | toLower(a)]
MATCH (d:Document)-[:MENTIONS]->(x)
MATCH (d)-[:MENTIONS]->(y) WHERE y <> x AND (y:Person OR y:Place OR y:Organization)
RETURN y.label AS entity, labels(y)[0] AS type, count(DISTINCT d) AS articles
ORDER BY articles DESC, entity
