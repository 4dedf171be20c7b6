// Full-text search over names and aliases (Lucene syntax: Putin, Kim*, "Korea Utara").
// @param text = "Kim*": what to look for
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN labels(node)[0] AS type, node.label AS name, node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 25
