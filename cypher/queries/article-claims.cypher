// Everything one article asserts, each claim with its evidence sentence.
// @param article = "002_94e796d2480e38fb.txt": the article's file (as in graph.json) or a part of its title
MATCH (d:Document {kind: 'article'}) WHERE d.file = $article OR d.title CONTAINS $article
MATCH (a)-[r]->(b) WHERE d.key IN r.evidenceDocs
UNWIND [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] = d.key] AS i
RETURN a.label AS subject, type(r) AS relation, b.label AS object, coalesce(r.role, r.title) AS detail, r.evidenceTexts[i] AS sentence
ORDER BY relation, subject, object
