// Which articles report an event, and the sentences they give for it.
// @param place = "Vladivostok": a name or alias of the event's place
// @param date = "2019": an ISO date or its start
MATCH (e:Event)-[:HELD_IN]->(pl:Place) WHERE toLower($place) IN [a IN pl.aliases | toLower(a)] AND e.date STARTS WITH $date
MATCH (x)-[r]-(e) WHERE r.evidenceDocs IS NOT NULL
UNWIND range(0, size(r.evidenceDocs) - 1) AS i
MATCH (d:Document {key: r.evidenceDocs[i]})
RETURN DISTINCT e.label AS event, d.title AS article, d.publisher AS publisher, d.published AS published, r.evidenceTexts[i] AS sentence
ORDER BY event, article, sentence
