// The shortest path between two people through the events they took part in and the people they met.
// @param from = "Choe Son-hui": a name or alias of the first person
// @param to = "Yuri Borisov": a name or alias of the second person
MATCH (a:Person) WHERE toLower($from) IN [x IN a.aliases | toLower(x)]
MATCH (b:Person) WHERE toLower($to) IN [x IN b.aliases | toLower(x)]
MATCH path = shortestPath((a)-[:PARTICIPATED_IN|MET*..10]-(b))
RETURN [n IN nodes(path) | n.label] AS path, length(path) AS hops
