// Everything one article asserts, each claim (a meeting too, with its date) with its evidence sentence, found through the claim_articles index, so it costs what the article holds.
// @param article = "002_94e796d2480e38fb.txt": the article's file (as in graph.json) or a part of its title
MATCH (d:Document {kind: 'article'}) WHERE d.file = $article OR d.title CONTAINS $article
CALL db.index.fulltext.queryRelationships('claim_articles', '"' + replace(replace(d.key, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WITH d, r, startNode(r) AS a, endNode(r) AS b
UNWIND [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] = d.key] AS i
RETURN DISTINCT a.label AS subject, type(r) AS relation, b.label AS object, coalesce(r.role, r.title, r.date) AS detail, r.evidenceTexts[i] AS sentence
ORDER BY relation, subject, object, sentence
