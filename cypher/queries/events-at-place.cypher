// Events at a place whose dates overlap a range, including places inside it (Vostochny is in Rusia): an event dated only by its month or year counts when that month or year meets the range.
// @param place = "Rusia": a name or alias of the place
// @param from = "2019-01-01": first day of the range (ISO; a month or year stands for its first day)
// @param to = "2024-12-31": last day of the range (ISO, inclusive; a month or year stands for its last day)
WITH date($from) AS first, date($to) + CASE size($to) WHEN 4 THEN duration('P1Y') - duration('P1D') WHEN 7 THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END AS last
MATCH (pl:Place) WHERE toLower($place) IN [a IN pl.aliases | toLower(a)]
MATCH (e:Event)-[:HELD_IN]->(at:Place)-[:LOCATED_IN*0..3]->(pl)
WHERE e.dateFrom <= last AND e.dateTo >= first
WITH DISTINCT e, at ORDER BY e.dateFrom, e.dateTo, e.label
RETURN e.date AS date, e.endDate AS until, e.kind AS kind, at.label AS place, e.label AS event
