// Which articles report an event, and the sentences they give for it (events at a place whose dates overlap the date given).
// @param place = "Vladivostok": a name or alias of the event's place
// @param date = "2019": an ISO date, month or year
WITH date($date) AS first, date($date) + CASE size($date) WHEN 4 THEN duration('P1Y') WHEN 7 THEN duration('P1M') ELSE duration('P1D') END - duration('P1D') AS last
MATCH (e:Event)-[:HELD_IN]->(pl:Place) WHERE toLower($place) IN [a IN pl.aliases | toLower(a)] AND e.dateFrom <= last AND e.dateTo >= first
MATCH (x)-[r]-(e) WHERE r.evidenceDocs IS NOT NULL
UNWIND range(0, size(r.evidenceDocs) - 1) AS i
MATCH (d:Document {key: r.evidenceDocs[i]})
RETURN DISTINCT e.label AS event, d.title AS article, d.publisher AS publisher, d.published AS published, r.evidenceTexts[i] AS sentence
ORDER BY event, article, sentence
