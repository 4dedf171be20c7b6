// newsgraph schema, applied by `newsgraph load` and at the top of import.cypher.
// Unique keys for every label and relationship type; label, event date and article indexes; a
// full-text index over names and aliases (CALL db.index.fulltext.queryNodes('entity_names', 'Putin'))
// and one over the articles that claims cite as evidence, each list item matched whole
// (CALL db.index.fulltext.queryRelationships('claim_articles', '"article:002-94e796d2480e38fb-txt"')).
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_role_key IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT signed_key IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT met_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT published_by_key IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT cites_key IF NOT EXISTS FOR ()-[r:CITES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT credited_key IF NOT EXISTS FOR ()-[r:CREDITED]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX person_label IF NOT EXISTS FOR (n:Person) ON (n.label);
CREATE INDEX place_label IF NOT EXISTS FOR (n:Place) ON (n.label);
CREATE INDEX organization_label IF NOT EXISTS FOR (n:Organization) ON (n.label);
CREATE INDEX event_label IF NOT EXISTS FOR (n:Event) ON (n.label);
CREATE INDEX document_label IF NOT EXISTS FOR (n:Document) ON (n.label);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE INDEX event_date_to IF NOT EXISTS FOR (n:Event) ON (n.dateTo);
CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file);
CREATE TEXT INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Place|Organization|Event|Document) ON EACH [n.label, n.aliases];
CREATE FULLTEXT INDEX claim_articles IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN|HELD_IN|HOLDS_ROLE|SIGNED|MET|LOCATED_IN|PUBLISHED_BY|CITES|CREDITED]-() ON EACH [r.evidenceDocs] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
