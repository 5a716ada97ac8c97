-- watchfloor store schema, version 1 (DuckDB dialect; kept portable to PostgreSQL).
-- Every table a batch writes is written inside one transaction (see duckdb_store.py).

CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE SEQUENCE IF NOT EXISTS ingest_seq START 1;

CREATE TABLE IF NOT EXISTS batches (
    batch_id      VARCHAR PRIMARY KEY,
    started_at    VARCHAR,
    committed_at  VARCHAR,
    n_documents   INTEGER,
    n_quarantined INTEGER
);

CREATE TABLE IF NOT EXISTS documents (
    uid                 VARCHAR PRIMARY KEY,
    id                  VARCHAR NOT NULL,
    seq                 BIGINT NOT NULL,
    title               VARCHAR,
    text                VARCHAR NOT NULL,
    published           VARCHAR,
    published_precision VARCHAR,
    source              VARCHAR,
    url                 VARCHAR,
    language            VARCHAR,
    origin              VARCHAR,
    format              VARCHAR,
    content_hash        VARCHAR NOT NULL,
    ingested_at         VARCHAR NOT NULL,
    batch_id            VARCHAR,
    cluster_id          VARCHAR NOT NULL,
    duplicate_of        VARCHAR,
    similarity          DOUBLE,
    signature           UBIGINT[]
);

-- Added by language routing (issue 17); ALTER keeps older store files readable and the
-- column last, where the batch insert puts it. Values: en | es | not_coded:<lang>.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS coding VARCHAR;
-- A wire dateline the record sent apart from the text ("BONN, Oct 20 -"; RawDocument.dateline,
-- read by the actor coder): kept so a stored story says where it was filed. Added last, after
-- coding, for the same reason.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS dateline VARCHAR;

CREATE TABLE IF NOT EXISTS lsh_bands (
    band SMALLINT NOT NULL,
    key  BIGINT NOT NULL,
    uid  VARCHAR NOT NULL
);

-- Canonical entities (cross-document) and their aliases.
CREATE TABLE IF NOT EXISTS entities (
    entity_id  VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    kind       VARCHAR,
    actor_code VARCHAR,
    country    VARCHAR,
    attributes JSON
);

CREATE TABLE IF NOT EXISTS aliases (
    entity_id VARCHAR NOT NULL,
    alias     VARCHAR NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE IF NOT EXISTS mentions (
    uid       VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    sentence  INTEGER,
    confidence DOUBLE
);

-- Cross-document resolution (watchfloor.resolve, docs/resolution.md). Facts (mentions,
-- events, claims) carry the final entity id; local_id is the document-level id the
-- extractor gave, so any merge or split can be redone.
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS local_id VARCHAR;

-- One row per document-level entity: the unit that resolution assigns.
CREATE TABLE IF NOT EXISTS entity_records (
    uid        VARCHAR NOT NULL,
    seq        BIGINT NOT NULL,
    doc_id     VARCHAR NOT NULL,
    local_id   VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    kind       VARCHAR,
    actor_code VARCHAR,
    country    VARCHAR,
    aliases    VARCHAR[],
    context    VARCHAR[],
    n_mentions INTEGER,
    attributes JSON,
    auto_id    VARCHAR NOT NULL,  -- the automatic resolver's entity
    entity_id  VARCHAR NOT NULL,  -- after analysts' decisions: what facts point to
    PRIMARY KEY (uid, local_id)
);

-- Event and claim references to document-level entities (mentions keep local_id).
CREATE TABLE IF NOT EXISTS entity_refs (
    uid      VARCHAR NOT NULL,
    ref_id   VARCHAR NOT NULL,  -- event_id or claim_id
    role     VARCHAR NOT NULL,  -- source | target | speaker
    local_id VARCHAR NOT NULL
);

-- Blocking keys of automatic entities (names.keys): which entities a new record meets.
CREATE TABLE IF NOT EXISTS resolve_keys (
    key       VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    PRIMARY KEY (key, entity_id)
);

-- Evidence of every automatic merge: the record that joined an entity, and why.
CREATE TABLE IF NOT EXISTS entity_merges (
    merge_id  VARCHAR PRIMARY KEY,
    entity_id VARCHAR NOT NULL,   -- automatic entity joined
    uid       VARCHAR NOT NULL,
    local_id  VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,   -- the record's document-level name
    alias     VARCHAR,            -- the entity name or alias that matched
    match     VARCHAR NOT NULL,   -- same | alias | contained | acronym | fuzzy | surname
    score     DOUBLE,
    features  JSON
);

-- Names shared by entities the resolver kept apart (never merged on a shared alias).
CREATE TABLE IF NOT EXISTS alias_conflicts (
    uid       VARCHAR NOT NULL,
    local_id  VARCHAR NOT NULL,
    alias     VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,   -- the candidate refused
    other_id  VARCHAR NOT NULL,   -- the record's own automatic entity
    reason    VARCHAR NOT NULL,   -- type | kind | country | ambiguous | no_shared_context
    features  JSON
);

-- Analysts' decisions, applied in order after the automatic resolver (never overridden).
CREATE TABLE IF NOT EXISTS entity_decisions (
    decision_id INTEGER PRIMARY KEY,
    action      VARCHAR NOT NULL,  -- merge | split
    entity_id   VARCHAR NOT NULL,
    other_id    VARCHAR,
    alias       VARCHAR,
    document    VARCHAR,
    reason      VARCHAR,
    created_at  VARCHAR NOT NULL
);

-- Actor codes an uncoded document-level entity takes from its canonical entity's coded
-- records (watchfloor.resolve.codes; persons within a date window, organisations when
-- their codes agree). entity_records.actor_code keeps what the extractor gave.
CREATE TABLE IF NOT EXISTS resolved_codes (
    uid           VARCHAR NOT NULL,
    local_id      VARCHAR NOT NULL,
    entity_id     VARCHAR NOT NULL,
    actor_code    VARCHAR NOT NULL,
    basis         VARCHAR NOT NULL,  -- window | stable
    from_uid      VARCHAR NOT NULL,  -- the nearest coded record backing the code
    from_local_id VARCHAR NOT NULL,
    days          INTEGER,           -- days to it (NULL when either is undated)
    n_sources     INTEGER NOT NULL,  -- coded records backing the code
    PRIMARY KEY (uid, local_id)
);

-- Event sides whose code came from resolved_codes: the extracted value is kept here.
CREATE TABLE IF NOT EXISTS event_code_origins (
    event_id       VARCHAR NOT NULL,
    role           VARCHAR NOT NULL,  -- source | target
    extracted_code VARCHAR,           -- what the extractor gave (empty)
    code           VARCHAR NOT NULL,
    code_from      VARCHAR NOT NULL,  -- resolved
    uid            VARCHAR NOT NULL,  -- the record whose resolved code it is
    local_id       VARCHAR NOT NULL,
    PRIMARY KEY (event_id, role)
);

CREATE TABLE IF NOT EXISTS events (
    event_id      VARCHAR PRIMARY KEY,
    uid           VARCHAR NOT NULL,
    code          VARCHAR NOT NULL,
    root          VARCHAR NOT NULL,
    quad_class    TINYINT NOT NULL,
    goldstein     DOUBLE NOT NULL,
    source_entity VARCHAR,
    target_entity VARCHAR,
    source_code   VARCHAR,
    target_code   VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR,
    negated       BOOLEAN, hypothetical BOOLEAN, alleged BOOLEAN, future BOOLEAN,
    attributed_to VARCHAR,
    confidence    DOUBLE,
    extra         JSON
);

-- Figures stated in sentences without an event (events keep theirs in events.extra).
CREATE TABLE IF NOT EXISTS quantities (
    uid            VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    kind           VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    unit           VARCHAR,
    per            VARCHAR,
    approximate    BOOLEAN,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    PRIMARY KEY (uid, idx)
);

-- Every sentence of a document with its check-worthiness (watchfloor.extract.claims.checkworthiness).
CREATE TABLE IF NOT EXISTS sentences (
    uid              VARCHAR NOT NULL,
    idx              INTEGER NOT NULL,
    start_char       INTEGER NOT NULL,
    end_char         INTEGER NOT NULL,
    check_worthiness DOUBLE,
    PRIMARY KEY (uid, idx)
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id       VARCHAR PRIMARY KEY,
    uid            VARCHAR NOT NULL,
    speaker_text   VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
    speaker_entity VARCHAR,
    speaker_kind   VARCHAR,
    cue_text       VARCHAR, cue_start INTEGER, cue_end INTEGER,
    content_text   VARCHAR NOT NULL, content_start INTEGER, content_end INTEGER,
    hedges         JSON,
    hedged         BOOLEAN,
    check_worthiness DOUBLE,
    attributed     BOOLEAN,
    confidence     DOUBLE,
    extra          JSON
);

CREATE TABLE IF NOT EXISTS quarantine (
    origin     VARCHAR NOT NULL,
    code       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    size       BIGINT,
    sha256     VARCHAR,
    content    BLOB,
    first_seen VARCHAR,
    last_seen  VARCHAR,
    times_seen INTEGER DEFAULT 1,
    PRIMARY KEY (origin, code)
);

-- What was repaired in a stored document while it was read (codes W3xx in errors.py):
-- invalid Unicode or undecodable bytes replaced with U+FFFD, and how many.
CREATE TABLE IF NOT EXISTS notes (
    uid     VARCHAR NOT NULL,
    origin  VARCHAR,
    code    VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    count   INTEGER NOT NULL,
    PRIMARY KEY (uid, code)
);

-- Story clusters: derived, never stored twice. The earliest copy is the one with the
-- earliest known publication date (undated copies last), then the first ingested.
CREATE OR REPLACE VIEW clusters AS
SELECT cluster_id,
       count(*)                                         AS n_documents,
       count(DISTINCT coalesce(source, origin))         AS n_outlets,
       min(published)                                   AS first_published,
       arg_min(uid, (coalesce(published, '9999'), seq)) AS earliest_uid
FROM documents GROUP BY cluster_id;

CREATE OR REPLACE VIEW documents_v AS
SELECT d.*, (d.uid = c.earliest_uid) AS is_earliest
FROM documents d JOIN clusters c USING (cluster_id);
