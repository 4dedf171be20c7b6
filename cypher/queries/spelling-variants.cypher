// Spelling variants merged into one entity: every entity known under more than one name.
MATCH (n) WHERE (n:Person OR n:Place OR n:Organization) AND size(n.aliases) > 1
RETURN labels(n)[0] AS type, n.label AS name, [a IN n.aliases WHERE a <> n.label] AS variants
ORDER BY type, name
