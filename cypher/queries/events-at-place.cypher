// Events at a place in a date range, including places inside it (Vostochny is in Rusia).
// @param place = "Rusia": a name or alias of the place
// @param from = "2019-01-01": earliest date (ISO, inclusive)
// @param to = "2024-12-31": latest date (ISO, inclusive)
MATCH (pl:Place) WHERE toLower($place) IN [a IN pl.aliases | toLower(a)]
MATCH (e:Event)-[:HELD_IN]->(at:Place)-[:LOCATED_IN*0..3]->(pl)
WHERE e.date >= $from AND e.date <= $to
RETURN DISTINCT e.date AS date, e.kind AS kind, at.label AS place, e.label AS event
ORDER BY date
