-- watchfloor store schema, version 1, PostgreSQL dialect (postgres_store.py).
-- The same tables, columns and keys as schema.sql (DuckDB); tests/store/test_schema_parity.py
-- keeps the two in step. Differences, all invisible to callers:
--   * JSON columns are TEXT holding JSON (DuckDB's JSON type is text too), so values
--     come back as the same strings; json_extract_path_text / json_array_length get
--     TEXT overloads below.
--   * MinHash signatures (unsigned 64-bit in DuckDB) are BIGINT[] holding the same bits
--     (two's complement); postgres_store.py converts both ways.
--   * documents.seq takes its default from ingest_seq (COPY cannot call nextval).
--   * a few DuckDB functions the shared queries use exist here as SQL functions.

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE SEQUENCE IF NOT EXISTS ingest_seq START 1;

CREATE TABLE IF NOT EXISTS batches (
    batch_id      TEXT PRIMARY KEY,
    started_at    TEXT,
    committed_at  TEXT,
    n_documents   INTEGER,
    n_quarantined INTEGER
);

-- uid is derived from the document id and its content hash (normalise.document_uid): the
-- primary key is the content-hash uniqueness constraint that keeps concurrent ingest
-- processes from storing a document twice.
CREATE TABLE IF NOT EXISTS documents (
    uid                 TEXT PRIMARY KEY,
    id                  TEXT NOT NULL,
    seq                 BIGINT NOT NULL DEFAULT nextval('ingest_seq'),
    title               TEXT,
    text                TEXT NOT NULL,
    published           TEXT,
    published_precision TEXT,
    source              TEXT,
    url                 TEXT,
    language            TEXT,
    origin              TEXT,
    format              TEXT,
    content_hash        TEXT NOT NULL,
    ingested_at         TEXT NOT NULL,
    batch_id            TEXT,
    cluster_id          TEXT NOT NULL,
    duplicate_of        TEXT,
    similarity          DOUBLE PRECISION,
    signature           BIGINT[],
    UNIQUE (id, content_hash)
);

-- Language routing (issue 17): en | es | not_coded:<lang>; last, as in schema.sql.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS coding TEXT;
-- The record's wire dateline (RawDocument.dateline), last, as in schema.sql.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS dateline TEXT;
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents (content_hash);
CREATE INDEX IF NOT EXISTS documents_cluster ON documents (cluster_id);

CREATE TABLE IF NOT EXISTS lsh_bands (
    band SMALLINT NOT NULL,
    key  BIGINT NOT NULL,
    uid  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lsh_bands_key ON lsh_bands (band, key);

CREATE TABLE IF NOT EXISTS entities (
    entity_id  TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    kind       TEXT,
    actor_code TEXT,
    country    TEXT,
    attributes TEXT
);

CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE IF NOT EXISTS mentions (
    uid        TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   INTEGER,
    confidence DOUBLE PRECISION,
    local_id   TEXT
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);
CREATE INDEX IF NOT EXISTS mentions_uid ON mentions (uid, local_id);

CREATE TABLE IF NOT EXISTS entity_records (
    uid        TEXT NOT NULL,
    seq        BIGINT NOT NULL,
    doc_id     TEXT NOT NULL,
    local_id   TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    kind       TEXT,
    actor_code TEXT,
    country    TEXT,
    aliases    TEXT[],
    context    TEXT[],
    n_mentions INTEGER,
    attributes TEXT,
    auto_id    TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    PRIMARY KEY (uid, local_id)
);
CREATE INDEX IF NOT EXISTS entity_records_entity ON entity_records (entity_id);
CREATE INDEX IF NOT EXISTS entity_records_auto ON entity_records (auto_id);

CREATE TABLE IF NOT EXISTS entity_refs (
    uid      TEXT NOT NULL,
    ref_id   TEXT NOT NULL,
    role     TEXT NOT NULL,
    local_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_refs_uid ON entity_refs (uid, local_id);

CREATE TABLE IF NOT EXISTS resolve_keys (
    key       TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);

CREATE TABLE IF NOT EXISTS entity_merges (
    merge_id  TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL,
    uid       TEXT NOT NULL,
    local_id  TEXT NOT NULL,
    name      TEXT NOT NULL,
    alias     TEXT,
    match     TEXT NOT NULL,
    score     DOUBLE PRECISION,
    features  TEXT
);

CREATE TABLE IF NOT EXISTS alias_conflicts (
    uid       TEXT NOT NULL,
    local_id  TEXT NOT NULL,
    alias     TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    other_id  TEXT NOT NULL,
    reason    TEXT NOT NULL,
    features  TEXT
);

CREATE TABLE IF NOT EXISTS entity_decisions (
    decision_id INTEGER PRIMARY KEY,
    action      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    other_id    TEXT,
    alias       TEXT,
    document    TEXT,
    reason      TEXT,
    created_at  TEXT NOT NULL
);

-- Actor codes an uncoded document-level entity takes from its canonical entity's coded
-- records (watchfloor.resolve.codes; persons within a date window, organisations when
-- their codes agree). entity_records.actor_code keeps what the extractor gave.
CREATE TABLE IF NOT EXISTS resolved_codes (
    uid           TEXT NOT NULL,
    local_id      TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    actor_code    TEXT NOT NULL,
    basis         TEXT NOT NULL,  -- window | stable
    from_uid      TEXT NOT NULL,  -- the nearest coded record backing the code
    from_local_id TEXT NOT NULL,
    days          INTEGER,           -- days to it (NULL when either is undated)
    n_sources     INTEGER NOT NULL,  -- coded records backing the code
    PRIMARY KEY (uid, local_id)
);

-- Event sides whose code came from resolved_codes: the extracted value is kept here.
CREATE TABLE IF NOT EXISTS event_code_origins (
    event_id       TEXT NOT NULL,
    role           TEXT NOT NULL,  -- source | target
    extracted_code TEXT,           -- what the extractor gave (empty)
    code           TEXT NOT NULL,
    code_from      TEXT NOT NULL,  -- resolved
    uid            TEXT NOT NULL,  -- the record whose resolved code it is
    local_id       TEXT NOT NULL,
    PRIMARY KEY (event_id, role)
);

CREATE TABLE IF NOT EXISTS events (
    event_id      TEXT PRIMARY KEY,
    uid           TEXT NOT NULL,
    code          TEXT NOT NULL,
    root          TEXT NOT NULL,
    quad_class    SMALLINT NOT NULL,
    goldstein     DOUBLE PRECISION NOT NULL,
    source_entity TEXT,
    target_entity TEXT,
    source_code   TEXT,
    target_code   TEXT,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
    sentence_start INTEGER, sentence_end INTEGER, sentence_text TEXT,
    negated       BOOLEAN, hypothetical BOOLEAN, alleged BOOLEAN, future BOOLEAN,
    attributed_to TEXT,
    confidence    DOUBLE PRECISION,
    extra         TEXT
);
CREATE INDEX IF NOT EXISTS events_uid ON events (uid);

CREATE TABLE IF NOT EXISTS quantities (
    uid            TEXT NOT NULL,
    idx            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    value          DOUBLE PRECISION NOT NULL,
    unit           TEXT,
    per            TEXT,
    approximate    BOOLEAN,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    PRIMARY KEY (uid, idx)
);

CREATE TABLE IF NOT EXISTS sentences (
    uid              TEXT NOT NULL,
    idx              INTEGER NOT NULL,
    start_char       INTEGER NOT NULL,
    end_char         INTEGER NOT NULL,
    check_worthiness DOUBLE PRECISION,
    PRIMARY KEY (uid, idx)
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id       TEXT PRIMARY KEY,
    uid            TEXT NOT NULL,
    speaker_text   TEXT, speaker_start INTEGER, speaker_end INTEGER,
    speaker_entity TEXT,
    speaker_kind   TEXT,
    cue_text       TEXT, cue_start INTEGER, cue_end INTEGER,
    content_text   TEXT NOT NULL, content_start INTEGER, content_end INTEGER,
    hedges         TEXT,
    hedged         BOOLEAN,
    check_worthiness DOUBLE PRECISION,
    attributed     BOOLEAN,
    confidence     DOUBLE PRECISION,
    extra          TEXT
);
CREATE INDEX IF NOT EXISTS claims_uid ON claims (uid);

CREATE TABLE IF NOT EXISTS quarantine (
    origin     TEXT NOT NULL,
    code       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    size       BIGINT,
    sha256     TEXT,
    content    BYTEA,
    first_seen TEXT,
    last_seen  TEXT,
    times_seen INTEGER DEFAULT 1,
    PRIMARY KEY (origin, code)
);

-- What was repaired in a stored document while it was read (codes W3xx in errors.py).
CREATE TABLE IF NOT EXISTS notes (
    uid     TEXT NOT NULL,
    origin  TEXT,
    code    TEXT NOT NULL,
    message TEXT NOT NULL,
    count   INTEGER NOT NULL,
    PRIMARY KEY (uid, code)
);

-- DuckDB functions the shared queries call (translated names from sqlglot, see pg_sql.py).
CREATE OR REPLACE FUNCTION json_extract_path_text(doc TEXT, VARIADIC path TEXT[])
    RETURNS TEXT LANGUAGE sql IMMUTABLE AS
    $$ SELECT pg_catalog.json_extract_path_text(doc::json, VARIADIC path) $$;
CREATE OR REPLACE FUNCTION json_extract_path(doc TEXT, VARIADIC path TEXT[])
    RETURNS JSON LANGUAGE sql IMMUTABLE AS
    $$ SELECT pg_catalog.json_extract_path(doc::json, VARIADIC path) $$;
CREATE OR REPLACE FUNCTION regexp_full_match(value TEXT, pattern TEXT)
    RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ ('^(?:' || pattern || ')$') $$;
CREATE OR REPLACE FUNCTION array_sort(a ANYARRAY) RETURNS ANYARRAY LANGUAGE sql IMMUTABLE AS
    $$ SELECT array_agg(x ORDER BY x) FROM unnest(a) AS x $$;
CREATE OR REPLACE FUNCTION array_distinct(a ANYARRAY) RETURNS ANYARRAY LANGUAGE sql
    IMMUTABLE AS $$ SELECT array_agg(DISTINCT x) FROM unnest(a) AS x WHERE x IS NOT NULL $$;
CREATE OR REPLACE FUNCTION length(a ANYARRAY) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS
    $$ SELECT cardinality(a) $$;
CREATE OR REPLACE FUNCTION round(v DOUBLE PRECISION, digits INTEGER)
    RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE AS
    $$ SELECT round(v::numeric, digits)::double precision $$;
-- a claim's hedges (JSON list of {"text": ...}) contain the cue, any case
CREATE OR REPLACE FUNCTION hedge_match(hedges TEXT, cue TEXT) RETURNS BOOLEAN LANGUAGE sql
    IMMUTABLE AS $$ SELECT EXISTS (SELECT 1 FROM json_array_elements(hedges::json) AS h
                                   WHERE lower(h ->> 'text') = lower(cue)) $$;
DO $$ BEGIN
    CREATE AGGREGATE flatten_agg(ANYCOMPATIBLEARRAY) (SFUNC = array_cat,
                                                      STYPE = ANYCOMPATIBLEARRAY);
EXCEPTION WHEN duplicate_function THEN NULL; END $$;
-- any_value is built in from PostgreSQL 16; this one serves 15 (the first non-null value)
CREATE OR REPLACE FUNCTION any_value_sfunc(ANYELEMENT, ANYELEMENT) RETURNS ANYELEMENT
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 $$;
DO $$ BEGIN
    IF current_setting('server_version_num')::int < 160000 THEN
        CREATE AGGREGATE any_value(ANYELEMENT) (SFUNC = any_value_sfunc, STYPE = ANYELEMENT);
    END IF;
EXCEPTION WHEN duplicate_function THEN NULL; END $$;

CREATE OR REPLACE VIEW clusters AS
SELECT cluster_id,
       count(*)                                         AS n_documents,
       count(DISTINCT coalesce(source, origin))         AS n_outlets,
       min(published)                                   AS first_published,
       (array_agg(uid ORDER BY coalesce(published, '9999'), seq))[1] AS earliest_uid
FROM documents GROUP BY cluster_id;

-- a documents_v made before a column was added to documents (coding, dateline) cannot be
-- replaced in place (PostgreSQL keeps a view's column order): drop it once so the line below
-- rebuilds it with every column (one transaction: a reader never finds the view missing).
-- The script runs one statement per transaction otherwise (postgres_store.py,
-- _create_schema).
BEGIN;
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns t
             WHERE t.table_schema = current_schema() AND t.table_name = 'documents'
               AND NOT EXISTS (SELECT 1 FROM information_schema.columns v
                               WHERE v.table_schema = t.table_schema
                                 AND v.table_name = 'documents_v'
                                 AND v.column_name = t.column_name)) THEN
    DROP VIEW IF EXISTS documents_v;
  END IF;
END $$;
CREATE OR REPLACE VIEW documents_v AS
SELECT d.*, (d.uid = c.earliest_uid) AS is_earliest
FROM documents d JOIN clusters c USING (cluster_id);
COMMIT;
