-- Releases and everything read from them. One script for SQLite and PostgreSQL:
-- {id} is the dialect's auto-numbered key, {decimal} its exact decimal type.
-- Dates are ISO text (yyyy-MM-dd). A period is period_start..period_end (both inclusive)
-- for a flow, period_end alone for a balance, neither when the figure has none.
-- Rows of a release are deleted explicitly when it is replaced (no cascades).

CREATE TABLE companies (
    id {id},
    key TEXT NOT NULL UNIQUE,
    name TEXT,
    name_key TEXT,
    ticker TEXT,
    exchange TEXT,
    cik TEXT
);
CREATE INDEX companies_ticker ON companies (ticker);
CREATE INDEX companies_cik ON companies (cik);
CREATE INDEX companies_name_key ON companies (name_key);

CREATE TABLE releases (
    id {id},
    company_id BIGINT REFERENCES companies (id),
    source_path TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    parser_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    company_name TEXT,
    ticker TEXT,
    exchange TEXT,
    cik TEXT,
    release_date TEXT,
    headline TEXT,
    city TEXT,
    wire TEXT,
    fiscal_year INTEGER,
    fiscal_quarter INTEGER,
    period_end TEXT,
    fiscal_year_end_month INTEGER,
    fact_count INTEGER NOT NULL,
    statement_count INTEGER NOT NULL,
    checks_passed INTEGER NOT NULL,
    checks_rounding INTEGER NOT NULL,
    checks_failed INTEGER NOT NULL
);
CREATE INDEX releases_company ON releases (company_id);
CREATE INDEX releases_source_path ON releases (source_path);

CREATE TABLE documents (
    release_id BIGINT PRIMARY KEY REFERENCES releases (id),
    text TEXT NOT NULL
);

CREATE TABLE statements (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    first_line INTEGER NOT NULL,
    last_line INTEGER NOT NULL,
    scale {decimal} NOT NULL,
    PRIMARY KEY (release_id, idx)
);

CREATE TABLE statement_columns (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    statement_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    heading TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    change_of INTEGER,
    is_change INTEGER NOT NULL,
    PRIMARY KEY (release_id, statement_idx, idx)
);

CREATE TABLE statement_rows (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    statement_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    label TEXT NOT NULL,
    section TEXT NOT NULL,
    concept TEXT,
    line INTEGER NOT NULL,
    PRIMARY KEY (release_id, statement_idx, idx)
);

CREATE TABLE facts (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    origin TEXT NOT NULL,
    statement_idx INTEGER,
    row_idx INTEGER,
    column_idx INTEGER,
    statement_kind TEXT,
    label TEXT NOT NULL,
    section TEXT NOT NULL,
    concept TEXT,
    measure TEXT,
    value {decimal} NOT NULL,
    unit TEXT NOT NULL,
    decimals INTEGER NOT NULL,
    period_start TEXT,
    period_end TEXT,
    dimensions TEXT,
    span_start INTEGER NOT NULL,
    span_length INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    PRIMARY KEY (release_id, idx)
);

CREATE TABLE checks (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    rule TEXT NOT NULL,
    status TEXT NOT NULL,
    message TEXT NOT NULL,
    facts TEXT NOT NULL,
    PRIMARY KEY (release_id, idx)
);

CREATE TABLE diagnostics (
    release_id BIGINT NOT NULL REFERENCES releases (id),
    idx INTEGER NOT NULL,
    severity TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER NOT NULL,
    span_start INTEGER,
    span_length INTEGER,
    PRIMARY KEY (release_id, idx)
);
