// Articles per outlet, with their publication dates and how each date was found.
MATCH (d:Document {kind: 'article'})
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(o:Organization)
RETURN coalesce(o.label, d.publisher, '(unknown)') AS outlet, d.title AS article, d.published AS published, d.publishedFrom AS from
ORDER BY outlet, published
