-- Issues 12 and 14: the web app and series read one company at a time on databases of 100,000
-- releases. The answer cache asks for the latest ingest; a series asks for one element of each of a
-- company's releases (matched in any case, so the index is on the lower-cased element).
CREATE INDEX releases_ingested_at ON releases (ingested_at);
CREATE INDEX facts_release_concept ON facts (release_id, lower(concept));
