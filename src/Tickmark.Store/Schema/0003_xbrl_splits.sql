-- Issue 10: facts read from a filing's own XBRL are stored as releases of format inline-xbrl /
-- xbrl-instance with origin 'xbrl' (compared with the releases by element); the stock splits a
-- release states.

CREATE INDEX facts_concept ON facts (concept);

CREATE TABLE splits (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    numerator INTEGER NOT NULL,
    denominator INTEGER NOT NULL,
    text TEXT NOT NULL,
    adjusted INTEGER,
    span_start INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    PRIMARY KEY (release_id, idx)
);
