// Organisations the articles cite as sources (Sumber:, dikutip, dilansir, menurut), with how many articles cite each.
MATCH (d:Document)-[:CITES]->(o:Organization)
RETURN o.label AS source, o.kind AS kind, count(DISTINCT d) AS articles, collect(DISTINCT d.title) AS titles
ORDER BY articles DESC, source
