-- Issue 16: what a release says besides its figures. The conference call (one per release, with
-- the columns the calendar sorts by), the events, the guidance figures and the cautionary items;
-- each keeps its FACTS-JSON object in "detail" and where it is printed. Releases stored before
-- have none until read again (ingest --reparse).

CREATE TABLE calls (
    release_id BIGINT NOT NULL PRIMARY KEY REFERENCES releases (id),
    start_date TEXT,
    start_time TEXT,
    zone TEXT,
    starts_at TEXT,
    detail TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL
);

CREATE TABLE events (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    detail TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    PRIMARY KEY (release_id, idx)
);

CREATE TABLE guidance (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    measure TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    fiscal_quarter INTEGER NOT NULL,
    low {decimal},
    high {decimal},
    point {decimal},
    tolerance {decimal},
    unit TEXT NOT NULL,
    basis TEXT NOT NULL,
    change TEXT NOT NULL,
    detail TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    PRIMARY KEY (release_id, idx)
);

CREATE TABLE cautionary_items (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    PRIMARY KEY (release_id, idx)
);
