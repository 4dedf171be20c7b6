// People holding roles for a country (or an organisation), with the title as written and where it was said.
// @param country = "Rusia": a name or alias of the country or organisation
MATCH (p:Person)-[r:HOLDS_ROLE]->(c) WHERE toLower($country) IN [a IN c.aliases | toLower(a)]
RETURN p.label AS person, r.title AS title, c.label AS of, r.evidenceTexts[0] AS evidence
ORDER BY person, title
