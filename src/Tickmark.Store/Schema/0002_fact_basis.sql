-- A fact's value in its element's XBRL sign convention (null where it has no element) and its basis,
-- as FACTS-JSON gives them: exports and series read these. Releases stored before keep null and
-- 'gaap' until read again (ingest --reparse).
ALTER TABLE facts ADD COLUMN xbrl_value {decimal};
ALTER TABLE facts ADD COLUMN basis TEXT NOT NULL DEFAULT 'gaap';
