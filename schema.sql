-- argkb schema: the single source of truth for the database.
--
-- This file is compiled into the argkb binary (Sources/Store/schema.sql is a symlink to it) and run
-- as-is when `argkb init` creates a database. Users read it as documentation: every table and every
-- non-obvious column has a comment, and the views at the end answer the common questions in one
-- SELECT. Open a database with `sqlite3 argkb.db` and try `.schema source_verdicts`.
--
-- Conventions
--   * Offsets (`start`, `length`, `*_start`, `*_length`) count Unicode code points (characters) in
--     `sources.text`, exactly as SQLite's substr() does on TEXT values, and `start` is 0-based:
--         substr(sources.text, start + 1, length)
--     gives back the unit (paragraph, sentence, mention, cue, claim) for every row.
--   * Dates are ISO 8601 text: '2021-02-09' or '2020-12-02T16:43'.
--   * Likelihoods are probabilities in [0, 1]; terms come from `likelihood_scale` (ICD 203).
--   * `method` is 'rule' for a row argkb extracted and 'curated' for an analyst's correction from
--     data/annotations/. A curated row never replaces the automatic one: both are kept, and the
--     views prefer the curated row.
--   * Every table is STRICT; foreign keys are enforced (argkb turns them on for each connection).
--   * CHECK constraints list allowed values as `x = 'a' OR x = 'b' OR ...`, not `x IN ('a', 'b', ...)`:
--     for an IN list of more than two values, SQLite (3.40) builds a temporary B-tree at every
--     INSERT, which made inserts about five times slower.
--   * The large tables (claims, relations, argument_links, mentions, claim_acceptability) store a
--     closed set's value as a small number, `<column>_code` (0 for its first value; 0 and 1 take no
--     bytes on disk), and read the text back through a generated column of the value's own name:
--     `claim_type TEXT GENERATED ALWAYS AS (CASE claim_type_code WHEN 0 THEN 'prediction' ...)`.
--     Query and filter the text as ever (`WHERE claim_type = 'prediction'`); an INSERT writes the
--     code. A generated column takes no space; this took 29 MB off 10k articles' 239.
--
-- The schema version is PRAGMA user_version (at the end of this file); argkb refuses a database of
-- another version with a clear message instead of guessing.

PRAGMA foreign_keys = ON;

---------------------------------------------------------------------------------------------------
-- Ingest runs
---------------------------------------------------------------------------------------------------

-- One `argkb ingest` invocation: what it was asked to read and what came of it.
CREATE TABLE ingest_runs (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT    NOT NULL,                 -- ISO 8601, UTC
    finished_at     TEXT,                             -- NULL while running (or if the run was killed)
    status          TEXT    NOT NULL DEFAULT 'running'
                    CHECK (status = 'running' OR status = 'completed' OR status = 'completed_with_errors' OR
                           status = 'failed'),
    paths           TEXT    NOT NULL,                 -- JSON array of the paths given on the command line
    lexicon_hash    TEXT    NOT NULL,                 -- SHA-256 of the lexicons used (a change re-extracts)
    argkb_version   TEXT    NOT NULL,
    files_seen      INTEGER NOT NULL DEFAULT 0,       -- candidate files found under the paths
    files_stored    INTEGER NOT NULL DEFAULT 0,       -- new or changed files written
    files_unchanged INTEGER NOT NULL DEFAULT 0,       -- same content and lexicons: nothing to do
    files_refused   INTEGER NOT NULL DEFAULT 0,       -- see ingest_errors
    sentences_stored INTEGER NOT NULL DEFAULT 0
) STRICT;

-- A file an ingest run refused, and why. The rest of the run goes on without it.
CREATE TABLE ingest_errors (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
    path        TEXT    NOT NULL,
    reason      TEXT    NOT NULL
                CHECK (reason = 'not_found' OR reason = 'unreadable' OR reason = 'not_a_file' OR
                       reason = 'empty' OR reason = 'binary' OR reason = 'invalid_utf8' OR
                       reason = 'unsupported_encoding' OR reason = 'too_large' OR
                       reason = 'changed_while_reading' OR reason = 'wrong_format' OR reason = 'encrypted' OR
                       reason = 'no_text' OR reason = 'damaged' OR reason = 'missing_tool' OR
                       reason = 'internal'),
    message     TEXT    NOT NULL                      -- the sentence printed on stderr
) STRICT;
CREATE INDEX ingest_errors_by_run ON ingest_errors (run_id);

---------------------------------------------------------------------------------------------------
-- Sources and their text
---------------------------------------------------------------------------------------------------

-- An ingested article. `text` is the normalized text (NFC, site chrome removed) that all offsets
-- point into; the raw file is not stored, but `content_hash` identifies it.
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,            -- file name without extension, made URL-safe
    path          TEXT    NOT NULL,                   -- the path it was read from
    title         TEXT,                               -- NULL when the text states none
    author        TEXT,                               -- byline, when the text names one
    publisher     TEXT,                               -- site or outlet, when the text names one
    published     TEXT                                -- ISO 8601 date or date-time, when the text states it
                  CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'),
    url           TEXT,                               -- the article's own URL, when the text states it
    text          TEXT    NOT NULL,
    char_count    INTEGER NOT NULL,                   -- length(text), in code points
    content_hash  TEXT    NOT NULL,                   -- SHA-256 (hex) of the raw file bytes
    lexicon_hash  TEXT    NOT NULL,                   -- lexicons the extraction used
    ingested_at   TEXT    NOT NULL,
    run_id        INTEGER REFERENCES ingest_runs (id) ON DELETE SET NULL,
    -- The file's size in bytes and modification time (nanoseconds since 1970) when it was read: a
    -- re-ingest skips a file whose size and time are these without reading it (as make and git do);
    -- any other file is read and compared by content_hash.
    file_size     INTEGER,
    file_modified INTEGER
) STRICT;
-- Sources in the order `ask` lists answers (undated last): a listing walks this index and the
-- sources' claims or verdicts, and stops at its LIMIT instead of sorting every match.
CREATE INDEX sources_by_date ON sources (published IS NULL, published);
-- What ingest looks up of a file's source to skip it when unchanged: covering, so the lookup does
-- not read past the row's text (content_hash is stored after it) through its overflow pages.
CREATE INDEX sources_by_path ON sources (path, content_hash, lexicon_hash, slug, file_size, file_modified);
-- ingest: a file whose bytes are already stored under another name is not stored twice.
CREATE INDEX sources_by_content ON sources (content_hash);
-- The sources' titles and slugs as words, kept by the triggers below, so `ask` finds a source named
-- by part of its title ("which sources contradict the Undercurrents piece") without reading every
-- source: SELECT rowid FROM source_titles_fts WHERE source_titles_fts MATCH 'undercurrent*';
CREATE VIRTUAL TABLE source_titles_fts USING fts5 (
    title,
    slug,
    content="sources",
    content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER sources_titles_ai AFTER INSERT ON sources BEGIN
    INSERT INTO source_titles_fts (rowid, title, slug) VALUES (new.id, new.title, new.slug);
END;
CREATE TRIGGER sources_titles_ad AFTER DELETE ON sources BEGIN
    INSERT INTO source_titles_fts (source_titles_fts, rowid, title, slug) VALUES ('delete', old.id, old.title, old.slug);
END;
CREATE TRIGGER sources_titles_au AFTER UPDATE OF title, slug ON sources BEGIN
    INSERT INTO source_titles_fts (source_titles_fts, rowid, title, slug) VALUES ('delete', old.id, old.title, old.slug);
    INSERT INTO source_titles_fts (rowid, title, slug) VALUES (new.id, new.title, new.slug);
END;

-- URLs found in a source's text (links, "Source:" lines), with their offsets.
CREATE TABLE source_links (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url        TEXT    NOT NULL,
    start      INTEGER,                               -- NULL when the URL was on a removed line
    length     INTEGER,
    CHECK ((start IS NULL) = (length IS NULL))
) STRICT;
CREATE INDEX source_links_by_source ON source_links (source_id);

-- A line (or the tail of a line) that normalization dropped, and the rule that dropped it, so that
-- nothing disappears silently. `line_number` is 1-based in the raw file: for an HTML page, the line
-- of the dropped element in the HTML source; for a PDF, the line's number over the pages in the
-- order `pdftotext -bbox-layout` lists them.
CREATE TABLE removed_lines (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    line_number  INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    reason       TEXT    NOT NULL
                 CHECK (reason = 'repeated_title' OR reason = 'metadata' OR reason = 'comments_link' OR
                        reason = 'typo_prompt' OR reason = 'related_posts' OR reason = 'poll' OR
                        reason = 'share_widget' OR reason = 'print_widget' OR reason = 'image_file' OR
                        reason = 'image_credit' OR reason = 'view_counter' OR reason = 'rating' OR
                        reason = 'navigation' OR reason = 'blank_glyphs' OR reason = 'site_name' OR reason = 'promotion' OR
                        reason = 'boilerplate_block' OR reason = 'cookie_banner' OR reason = 'comments' OR
                        reason = 'script' OR reason = 'running_header' OR reason = 'page_number')
) STRICT;
CREATE INDEX removed_lines_by_source ON removed_lines (source_id);

-- A paragraph of the normalized text.
CREATE TABLE paragraphs (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,                      -- 0-based position in the source
    kind       TEXT    NOT NULL CHECK (kind = 'title' OR kind = 'heading' OR kind = 'body' OR
                                       kind = 'list_item'),
    start      INTEGER NOT NULL CHECK (start >= 0),
    length     INTEGER NOT NULL CHECK (length > 0),
    page       INTEGER CHECK (page IS NULL OR page >= 1),   -- PDF: the page it starts on; NULL otherwise
    UNIQUE (source_id, ordinal)
) STRICT;

-- Where each sentence of the normalized text is. Its text is not stored a second time: the view
-- `sentences` below reads it from the source, substr(sources.text, start + 1, length).
-- `paragraph_id` is the paragraph holding the sentence (join paragraphs ON paragraphs.id =
-- paragraph_id). It has no foreign key: a sentence goes with its source, as its paragraph does,
-- and a key would need an index by paragraph (3.5 MB at 10k articles) that no query reads.
CREATE TABLE sentence_spans (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    paragraph_id  INTEGER NOT NULL,
    ordinal       INTEGER NOT NULL,                   -- 0-based position in the source
    start         INTEGER NOT NULL CHECK (start >= 0),
    length        INTEGER NOT NULL CHECK (length > 0),
    UNIQUE (source_id, ordinal)
) STRICT;

-- The sentences with their text: what to query (SELECT text FROM sentences WHERE source_id = 3).
-- The text is a subquery, not a join, so a query that does not read it does not read the source,
-- and SQLite folds the view into any query that uses it, as if it named sentence_spans. `rowid`
-- repeats `id`, so that tools which address a table's rows by rowid work on the view too
-- (Datasette's full-text search box: datasette argkb.db, table sentences).
CREATE VIEW sentences AS
SELECT sp.id, sp.source_id, sp.paragraph_id, sp.ordinal, sp.start, sp.length,
       (SELECT substr(s.text, sp.start + 1, sp.length) FROM sources AS s WHERE s.id = sp.source_id) AS text,
       sp.id AS rowid
FROM sentence_spans AS sp;

-- Full-text index over sentences (external content: the view `sentences`).
-- Search with: SELECT * FROM sentences_fts WHERE sentences_fts MATCH 'alliance' ORDER BY rank;
--
-- New sentences are indexed by `argkb ingest` in bulk, with one statement per batch of documents
-- in the batch's transaction:
--     INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= :first_new_id;
-- There is no AFTER INSERT trigger: FTS5 writes its pending terms to disk at the start of every
-- statement of a transaction, so a row trigger made one index segment per sentence and was most
-- of an ingest's writing time. Deletes and updates are kept in step by the triggers below. If
-- you insert sentence spans yourself, index them with the statement above, or rebuild the index:
--     INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    content="sentences",
    content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);
-- FTS5 removes a row by its rowid and the text it indexed, which comes from the source. A source's
-- sentences go with it (ON DELETE CASCADE) after its row is gone, so the source's own trigger
-- removes them from the index first; a sentence span deleted on its own, its source still there,
-- is removed by the second trigger (which finds no source, and does nothing, in a cascade).
CREATE TRIGGER sources_sentences_bd BEFORE DELETE ON sources BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
    SELECT 'delete', sp.id, substr(old.text, sp.start + 1, sp.length) FROM sentence_spans AS sp WHERE sp.source_id = old.id;
END;
-- Changing a source's text (argkb never does) re-indexes its sentences with the new text.
CREATE TRIGGER sources_sentences_au AFTER UPDATE OF text ON sources BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
    SELECT 'delete', sp.id, substr(old.text, sp.start + 1, sp.length) FROM sentence_spans AS sp WHERE sp.source_id = old.id;
    INSERT INTO sentences_fts (rowid, text)
    SELECT sp.id, substr(new.text, sp.start + 1, sp.length) FROM sentence_spans AS sp WHERE sp.source_id = new.id;
END;
CREATE TRIGGER sentence_spans_ad AFTER DELETE ON sentence_spans BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
    SELECT 'delete', old.id, substr(s.text, old.start + 1, old.length) FROM sources AS s WHERE s.id = old.source_id;
END;
CREATE TRIGGER sentence_spans_au AFTER UPDATE OF source_id, start, length ON sentence_spans BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
    SELECT 'delete', old.id, substr(s.text, old.start + 1, old.length) FROM sources AS s WHERE s.id = old.source_id;
    INSERT INTO sentences_fts (rowid, text)
    SELECT new.id, substr(s.text, new.start + 1, new.length) FROM sources AS s WHERE s.id = new.source_id;
END;

---------------------------------------------------------------------------------------------------
-- Actors
---------------------------------------------------------------------------------------------------

-- A canonical actor from data/lexicon/actors.tsv (CAMEO-style gazetteer).
CREATE TABLE actors (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,            -- canonical name, e.g. 'Russia'
    kind          TEXT    NOT NULL
                  CHECK (kind = 'state' OR kind = 'person' OR kind = 'organization' OR kind = 'region' OR
                         kind = 'bloc' OR kind = 'initiative' OR kind = 'company' OR kind = 'media'),
    country_code  TEXT    CHECK (country_code IS NULL OR length(country_code) = 3),  -- ISO 3166 alpha-3
    description   TEXT,
    -- 'lexicon': from actors.tsv, actors-world.tsv or a user's lexicon folder; 'candidate': a name
    -- the candidate finder was confident of (a cue of its kind, or a full name seen twice), promoted
    -- after each ingest so it is counted and asked about like any actor (see CandidateActors).
    method        TEXT    NOT NULL DEFAULT 'lexicon' CHECK (method = 'lexicon' OR method = 'candidate')
) STRICT;

-- Every surface form that names an actor: official and short names, acronyms, capitals and seats
-- used as metonyms (Moscow, Kremlin), demonyms and adjectives (Russian, Sino-), persons' short forms.
CREATE TABLE actor_aliases (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL,
    alias_kind TEXT    NOT NULL DEFAULT 'name'
               CHECK (alias_kind = 'name' OR alias_kind = 'acronym' OR alias_kind = 'metonym' OR
                      alias_kind = 'demonym' OR alias_kind = 'adjective' OR alias_kind = 'short'),
    UNIQUE (alias, actor_id)
) STRICT;
CREATE INDEX actor_aliases_by_alias ON actor_aliases (alias COLLATE NOCASE);
CREATE INDEX actor_aliases_by_actor ON actor_aliases (actor_id);

-- One actor named in one sentence. substr(sources.text, start + 1, length) is the name as written
-- (mention_details shows it as `surface`). `source_id` is the sentence's source, repeated so that a
-- count by source needs no join; the mention goes with its sentence (ON DELETE CASCADE), and so
-- with its source. The table is its key's index (WITHOUT ROWID): `ask` tests "does this sentence
-- name actor X" for every claim it visits, a lookup of (sentence_id, actor_id).
CREATE TABLE mentions (
    sentence_id  INTEGER NOT NULL REFERENCES sentence_spans (id) ON DELETE CASCADE,
    actor_id     INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    length       INTEGER NOT NULL CHECK (length > 0),
    source_id    INTEGER NOT NULL,
    alias_kind_code INTEGER NOT NULL CHECK (alias_kind_code BETWEEN 0 AND 5),
    alias_kind   TEXT GENERATED ALWAYS AS (CASE alias_kind_code WHEN 0 THEN 'name' WHEN 1 THEN 'acronym' WHEN 2 THEN 'metonym' WHEN 3 THEN 'demonym' WHEN 4 THEN 'adjective' WHEN 5 THEN 'short' END) VIRTUAL,  -- how it names the actor (see actor_aliases)
    PRIMARY KEY (sentence_id, actor_id, start)
) STRICT, WITHOUT ROWID;
-- The sentences naming an actor: `ask` lists the claims naming a rare actor from here.
CREATE INDEX mentions_by_actor ON mentions (actor_id, sentence_id);

-- How often each actor is named in each source, and the first sentence naming it there: a summary
-- of `mentions` that `ingest` writes with them (one row per actor and source, a third as many as
-- the mentions). "Which sources mention India" reads the sources in order of that count from
-- actor_sources_by_count and stops at its LIMIT, instead of counting every mention of India
-- (137,000 at 100k articles), and counts limited by date start from the sources' dates.
CREATE TABLE actor_sources (
    actor_id           INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    source_id          INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    mentions           INTEGER NOT NULL CHECK (mentions > 0),
    first_sentence_id  INTEGER NOT NULL,              -- the source's first sentence naming the actor
    PRIMARY KEY (source_id, actor_id)                  -- in the order a source's rows are written
) STRICT, WITHOUT ROWID;
-- An actor's sources, the most mentions first (also what deleting an actor looks up).
CREATE INDEX actor_sources_by_count ON actor_sources (actor_id, mentions DESC, source_id);

-- How often each actor is named in the whole corpus: a summary of `actor_sources` that `ingest`
-- rebuilds after it stores sources, so that "which actors are mentioned most" reads a row an actor
-- instead of every mention (a GROUP BY over 7 million mentions at 100k articles). A question
-- limited by date or source counts from actor_sources.
CREATE TABLE actor_totals (
    actor_id  INTEGER PRIMARY KEY REFERENCES actors (id) ON DELETE CASCADE,
    mentions  INTEGER NOT NULL CHECK (mentions > 0),
    sources   INTEGER NOT NULL CHECK (sources > 0)
) STRICT;

-- A capitalized name the gazetteer does not know, one row per occurrence, for a curator to promote
-- into actors.tsv. See the view entity_candidate_summary for counts.
CREATE TABLE entity_candidates (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL REFERENCES sentence_spans (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    kind_guess   TEXT    NOT NULL
                 CHECK (kind_guess = 'person' OR kind_guess = 'organization' OR kind_guess = 'media' OR
                        kind_guess = 'place' OR kind_guess = 'state' OR kind_guess = 'event' OR
                        kind_guess = 'other'),
    kind_cue     TEXT,                                -- the word that suggested the kind, e.g. 'analyst'
    start        INTEGER NOT NULL CHECK (start >= 0),
    length       INTEGER NOT NULL CHECK (length > 0)
) STRICT;
CREATE INDEX entity_candidates_by_name ON entity_candidates (name);
CREATE INDEX entity_candidates_by_source ON entity_candidates (source_id);
-- Foreign-key child keys are indexed: deleting a sentence (replacing a source) looks them up.
CREATE INDEX entity_candidates_by_sentence ON entity_candidates (sentence_id);

---------------------------------------------------------------------------------------------------
-- Claims and verdicts
---------------------------------------------------------------------------------------------------

-- The estimative-probability scale of ICD 203 (with Sherman Kent's words in data/lexicon/estimative.tsv).
CREATE TABLE likelihood_scale (
    term    TEXT    PRIMARY KEY,
    rank    INTEGER NOT NULL UNIQUE,                  -- 1 = almost no chance ... 7 = almost certain
    p_low   REAL    NOT NULL CHECK (p_low BETWEEN 0 AND 1),
    p_high  REAL    NOT NULL CHECK (p_high BETWEEN 0 AND 1 AND p_high >= p_low)
) STRICT;
INSERT INTO likelihood_scale (term, rank, p_low, p_high) VALUES
    ('almost no chance',    1, 0.01, 0.05),
    ('very unlikely',       2, 0.05, 0.20),
    ('unlikely',            3, 0.20, 0.45),
    ('roughly even chance', 4, 0.45, 0.55),
    ('likely',              5, 0.55, 0.80),
    ('very likely',         6, 0.80, 0.95),
    ('almost certain',      7, 0.95, 0.99);

-- The estimative lexicon (data/lexicon/estimative.tsv) as of the last ingest: phrase -> term. `ask`
-- reads it to understand likelihood words in questions ("far-fetched", "highly improbable").
CREATE TABLE likelihood_phrases (
    phrase  TEXT PRIMARY KEY,                         -- lower case, as in the lexicon
    term    TEXT NOT NULL REFERENCES likelihood_scale (term)
) STRICT;

-- A question the corpus argues about (data/lexicon/propositions.tsv).
CREATE TABLE propositions (
    id         TEXT PRIMARY KEY,                      -- e.g. 'ru-cn-military-alliance'
    statement  TEXT NOT NULL,                         -- e.g. 'Russia and China form a military alliance'
    terms      TEXT NOT NULL DEFAULT '',              -- '|'-separated words that name it (alliance|bloc|pact), for `ask`
    actors     TEXT NOT NULL DEFAULT ''               -- '|'-separated canonical actors it involves (Russia|China)
) STRICT;

-- A sentence (or clause) that asserts something. The speaker is the author when speaker_name is
-- NULL; otherwise the sentence reports the words or view of speaker_name (an actor when it is in the
-- gazetteer). The likelihood is the speaker's, not necessarily the author's.
CREATE TABLE claims (
    id               INTEGER PRIMARY KEY,
    source_id        INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    sentence_id      INTEGER NOT NULL REFERENCES sentence_spans (id) ON DELETE CASCADE,
    start            INTEGER NOT NULL CHECK (start >= 0),   -- the claim's clause
    length           INTEGER NOT NULL CHECK (length > 0),
    claim_type_code  INTEGER NOT NULL CHECK (claim_type_code BETWEEN 0 AND 4),
    claim_type       TEXT GENERATED ALWAYS AS (CASE claim_type_code WHEN 0 THEN 'prediction' WHEN 1 THEN 'assessment' WHEN 2 THEN 'reason' WHEN 3 THEN 'fact' WHEN 4 THEN 'recommendation' END) VIRTUAL,
    role_code        INTEGER NOT NULL CHECK (role_code BETWEEN 0 AND 1),
    role             TEXT GENERATED ALWAYS AS (CASE role_code WHEN 0 THEN 'conclusion' WHEN 1 THEN 'premise' END) VIRTUAL,
    role_cue         TEXT,                            -- e.g. 'To sum up', or 'title'
    speaker_actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    speaker_name     TEXT,                            -- NULL = the source's author
    outer_speaker_name TEXT,                          -- for a report inside a report
    attribution_cue  TEXT,                            -- e.g. 'said', 'according to'
    proposition_id   TEXT    REFERENCES propositions (id) ON DELETE SET NULL,
    polarity_code    INTEGER CHECK (polarity_code BETWEEN 0 AND 2),
    polarity         TEXT GENERATED ALWAYS AS (CASE polarity_code WHEN 0 THEN 'for' WHEN 1 THEN 'against' WHEN 2 THEN 'neutral' END) VIRTUAL,  -- toward the proposition
    likelihood_term  TEXT    REFERENCES likelihood_scale (term),
    p_low            REAL    CHECK (p_low IS NULL OR p_low BETWEEN 0 AND 1),
    p_high           REAL    CHECK (p_high IS NULL OR p_high BETWEEN 0 AND 1),
    cue              TEXT,                            -- the estimative phrase as written
    cue_start        INTEGER,
    cue_length       INTEGER,
    context_code     INTEGER NOT NULL DEFAULT 0 CHECK (context_code BETWEEN 0 AND 3),
    context          TEXT GENERATED ALWAYS AS (CASE context_code WHEN 0 THEN 'asserted' WHEN 1 THEN 'future' WHEN 2 THEN 'hypothetical' WHEN 3 THEN 'negated' END) VIRTUAL,
    method_code      INTEGER NOT NULL DEFAULT 0 CHECK (method_code BETWEEN 0 AND 1),
    method           TEXT GENERATED ALWAYS AS (CASE method_code WHEN 0 THEN 'rule' WHEN 1 THEN 'curated' END) VIRTUAL,
    overrides_claim_id INTEGER REFERENCES claims (id) ON DELETE SET NULL,  -- curated rows: the rule row they correct
    confidence       REAL    NOT NULL DEFAULT 0.5 CHECK (confidence BETWEEN 0 AND 1),
    -- The commitment to the proposition's matter (FactBank): CT+ certain, PR+ probable, PS+ possible,
    -- Uu underspecified, and their negatives; NULL when the claim is about no proposition.
    factuality_code  INTEGER CHECK (factuality_code BETWEEN 0 AND 6),
    factuality       TEXT GENERATED ALWAYS AS (CASE factuality_code WHEN 0 THEN 'CT+' WHEN 1 THEN 'PR+' WHEN 2 THEN 'PS+' WHEN 3 THEN 'Uu' WHEN 4 THEN 'PS-' WHEN 5 THEN 'PR-' WHEN 6 THEN 'CT-' END) VIRTUAL,
    commitment       TEXT,                            -- how it was read: 'belief PR- (I don''t think) > future CT+ (will)'
    CHECK ((cue_start IS NULL) = (cue_length IS NULL))
) STRICT;
CREATE INDEX claims_by_source ON claims (source_id);
CREATE INDEX claims_by_sentence ON claims (sentence_id);
-- The next three are partial: most claims name no proposition (90% at 10k generated articles), no
-- speaker in the gazetteer (94%) and override nothing (all rule rows). A lookup by value
-- (`proposition_id = ?`, and SQLite's own foreign-key lookups) implies IS NOT NULL, so it still uses
-- them, and an ingest does not write an index entry for every NULL (a third of the claims' insert time).
CREATE INDEX claims_by_proposition ON claims (proposition_id, polarity) WHERE proposition_id IS NOT NULL;
CREATE INDEX claims_by_speaker ON claims (speaker_actor_id) WHERE speaker_actor_id IS NOT NULL;
-- A speaker asked by name ("what does Xi say") is either of the two: `ask` reads the OR from this
-- index and the one above (speaker_name = ? COLLATE NOCASE), instead of walking every claim by date.
CREATE INDEX claims_by_speaker_name ON claims (speaker_name COLLATE NOCASE) WHERE speaker_name IS NOT NULL;
-- `ask` excludes rule claims a curated row overrides (NOT EXISTS ... overrides_claim_id = c.id), and
-- deleting a claim looks up the rows that override it: without this index each is a scan of every
-- claim (ask "what does the corpus say about Beijing" took 2 minutes on 1k articles).
CREATE INDEX claims_by_override ON claims (overrides_claim_id) WHERE overrides_claim_id IS NOT NULL;
-- The curated claims alone (partial: empty unless data/annotations has claims), which every ingest
-- deletes and writes again: without it that DELETE reads every claim.
CREATE INDEX claims_curated ON claims (id) WHERE method = 'curated';
-- `ask` counts the claims on a proposition with the asked likelihood terms before choosing how to
-- list them (a rare "almost certain" from this index, a common one in date order). Partial: most
-- claims concern no proposition.
CREATE INDEX claims_by_proposition_term ON claims (proposition_id, likelihood_term) WHERE proposition_id IS NOT NULL;

-- The overall likelihood a source's author gives a proposition. One 'rule' row per source and
-- proposition (when the source judges it at all), plus a 'curated' row where an analyst corrected it.
CREATE TABLE verdicts (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    proposition_id  TEXT    NOT NULL REFERENCES propositions (id) ON DELETE CASCADE,
    likelihood_term TEXT    REFERENCES likelihood_scale (term),
    p_low           REAL    CHECK (p_low IS NULL OR p_low BETWEEN 0 AND 1),
    p_high          REAL    CHECK (p_high IS NULL OR p_high BETWEEN 0 AND 1),
    polarity        TEXT    NOT NULL CHECK (polarity = 'for' OR polarity = 'against' OR polarity = 'mixed'),
    method          TEXT    NOT NULL DEFAULT 'rule' CHECK (method = 'rule' OR method = 'curated'),
    note            TEXT,                             -- how it was reached, or the curator's reason
    UNIQUE (source_id, proposition_id, method)
) STRICT;
-- `ask` counts the verdicts with the asked terms (to choose how to list them) and counts "how many",
-- from the index alone, also when the question limits the sources (by date: the source's id).
CREATE INDEX verdicts_by_proposition ON verdicts (proposition_id, likelihood_term, source_id);
-- `ask "what is the most skeptical source"` reads the lowest (or highest) midpoint here instead of
-- computing every verdict's row and sorting it; with the polarity, `ask` counts the verdicts that
-- are for or against from the index alone.
CREATE INDEX verdicts_by_midpoint ON verdicts (proposition_id, (p_low + p_high) / 2, polarity);
-- When no source gives the asked verdict, `ask` names the 20 lowest on record from here.
CREATE INDEX verdicts_by_low ON verdicts (proposition_id, p_low);
-- The analysts' verdicts, which are few: `ask` counts the verdicts in force as those with the asked
-- terms less the rule verdicts a curated one overrides, found from here (not by reading every verdict).
CREATE INDEX verdicts_curated ON verdicts (source_id, proposition_id) WHERE method = 'curated';

-- The claims a verdict rests on, the weightiest first.
CREATE TABLE verdict_evidence (
    verdict_id  INTEGER NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
    claim_id    INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    weight      REAL    NOT NULL,
    PRIMARY KEY (verdict_id, claim_id)
) STRICT;
CREATE INDEX verdict_evidence_by_claim ON verdict_evidence (claim_id);
CREATE INDEX verdict_evidence_by_weight ON verdict_evidence (verdict_id, weight DESC, claim_id);

---------------------------------------------------------------------------------------------------
-- Relations and the argument graph
---------------------------------------------------------------------------------------------------

-- The relations' predicates (the Swift enum `RelationPredicate` of Sources/Domain, in its order; a
-- test keeps them equal): symmetric ones read both ways and are stored once per pair. A relation
-- stores its predicate's position here (`predicate_code`, this table's rowid less one) and reads
-- its name from the generated column `predicate`: join on `predicates.name = relations.predicate`.
CREATE TABLE predicates (
    name       TEXT PRIMARY KEY,                      -- e.g. 'competes_with'
    direction  TEXT NOT NULL CHECK (direction = 'symmetric' OR direction = 'directed'),
    meaning    TEXT NOT NULL                          -- e.g. 'competes or is a rival of'
) STRICT;
INSERT INTO predicates (name, direction, meaning) VALUES
    ('cooperates_with',     'symmetric', 'works together with'),
    ('allies_with',         'symmetric', 'is or becomes an ally of'),
    ('supports',            'directed',  'backs, politically or materially'),
    ('trades_with',         'symmetric', 'trades with'),
    ('invests_in',          'directed',  'invests in'),
    ('sells_arms_to',       'directed',  'sells or supplies arms to'),
    ('exercises_with',      'symmetric', 'holds military exercises with'),
    ('depends_on',          'directed',  'depends on'),
    ('competes_with',       'symmetric', 'competes or is a rival of'),
    ('distrusts',           'directed',  'distrusts or suspects'),
    ('opposes',             'directed',  'opposes or criticizes'),
    ('sanctions',           'directed',  'imposes sanctions on'),
    ('threatens',           'directed',  'threatens'),
    ('claims_territory_of', 'directed',  'claims territory of'),
    ('counterbalances',     'directed',  'counterbalances or hedges against'),
    ('recognizes',          'directed',  'recognizes diplomatically');

-- Actor to actor, PLOVER-style: who does what to whom, in which context, said by whom.
CREATE TABLE relations (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    sentence_id       INTEGER NOT NULL REFERENCES sentence_spans (id) ON DELETE CASCADE,
    subject_actor_id  INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    object_actor_id   INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    predicate_code    INTEGER NOT NULL CHECK (predicate_code BETWEEN 0 AND 15),  -- the predicates table's rowid - 1
    predicate         TEXT GENERATED ALWAYS AS (CASE predicate_code WHEN 0 THEN 'cooperates_with' WHEN 1 THEN 'allies_with' WHEN 2 THEN 'supports' WHEN 3 THEN 'trades_with' WHEN 4 THEN 'invests_in' WHEN 5 THEN 'sells_arms_to' WHEN 6 THEN 'exercises_with' WHEN 7 THEN 'depends_on' WHEN 8 THEN 'competes_with' WHEN 9 THEN 'distrusts' WHEN 10 THEN 'opposes' WHEN 11 THEN 'sanctions' WHEN 12 THEN 'threatens' WHEN 13 THEN 'claims_territory_of' WHEN 14 THEN 'counterbalances' WHEN 15 THEN 'recognizes' END) VIRTUAL,
    quad_class_code   INTEGER NOT NULL CHECK (quad_class_code BETWEEN 0 AND 3),
    quad_class        TEXT GENERATED ALWAYS AS (CASE quad_class_code WHEN 0 THEN 'verbal_cooperation' WHEN 1 THEN 'material_cooperation' WHEN 2 THEN 'verbal_conflict' WHEN 3 THEN 'material_conflict' END) VIRTUAL,
    context_code      INTEGER NOT NULL CHECK (context_code BETWEEN 0 AND 4),
    context           TEXT GENERATED ALWAYS AS (CASE context_code WHEN 0 THEN 'asserted' WHEN 1 THEN 'future' WHEN 2 THEN 'hypothetical' WHEN 3 THEN 'negated' WHEN 4 THEN 'reported' END) VIRTUAL,
    region_actor_id   INTEGER REFERENCES actors (id) ON DELETE SET NULL,  -- "in Central Asia"
    speaker_actor_id  INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    speaker_name      TEXT,                           -- NULL = the source's author
    cue_start         INTEGER NOT NULL,               -- the words that matched the pattern (relation_details.cue)
    cue_length        INTEGER NOT NULL,
    method_code       INTEGER NOT NULL DEFAULT 0 CHECK (method_code BETWEEN 0 AND 1),
    method            TEXT GENERATED ALWAYS AS (CASE method_code WHEN 0 THEN 'rule' WHEN 1 THEN 'curated' END) VIRTUAL,
    confidence        REAL    NOT NULL DEFAULT 0.5 CHECK (confidence BETWEEN 0 AND 1),
    CHECK (subject_actor_id <> object_actor_id)
) STRICT;
CREATE INDEX relations_by_subject ON relations (subject_actor_id, object_actor_id);
CREATE INDEX relations_by_object ON relations (object_actor_id, predicate);
CREATE INDEX relations_by_source ON relations (source_id);
CREATE INDEX relations_by_sentence ON relations (sentence_id);

-- Claim to claim (AIF: RA = supports, CA = attacks, MA = rephrases).
CREATE TABLE argument_links (
    id              INTEGER PRIMARY KEY,
    from_claim_id   INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    to_claim_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    link_type_code  INTEGER NOT NULL CHECK (link_type_code BETWEEN 0 AND 2),
    link_type       TEXT GENERATED ALWAYS AS (CASE link_type_code WHEN 0 THEN 'supports' WHEN 1 THEN 'attacks' WHEN 2 THEN 'rephrases' END) VIRTUAL,
    scope_code      INTEGER NOT NULL CHECK (scope_code BETWEEN 0 AND 1),
    scope           TEXT GENERATED ALWAYS AS (CASE scope_code WHEN 0 THEN 'within_source' WHEN 1 THEN 'across_sources' END) VIRTUAL,
    cue             TEXT,                              -- e.g. 'However', 'The reasons:', 'opposed polarity'
    method_code     INTEGER NOT NULL DEFAULT 0 CHECK (method_code BETWEEN 0 AND 1),
    method          TEXT GENERATED ALWAYS AS (CASE method_code WHEN 0 THEN 'rule' WHEN 1 THEN 'curated' END) VIRTUAL,
    CHECK (from_claim_id <> to_claim_id),
    UNIQUE (from_claim_id, to_claim_id, link_type_code)
) STRICT;
CREATE INDEX argument_links_by_target ON argument_links (to_claim_id);

-- Dung's grounded labelling of the attack graph, recomputed after every ingest.
CREATE TABLE claim_acceptability (
    claim_id  INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    label_code  INTEGER NOT NULL CHECK (label_code BETWEEN 0 AND 2),
    label       TEXT GENERATED ALWAYS AS (CASE label_code WHEN 0 THEN 'in' WHEN 1 THEN 'out' WHEN 2 THEN 'undecided' END) VIRTUAL  -- accepted, defeated, undecided
) STRICT;

---------------------------------------------------------------------------------------------------
-- Views for the common questions
---------------------------------------------------------------------------------------------------

-- Each source with its text statistics.
CREATE VIEW source_overview AS
SELECT s.id, s.slug, s.title, s.author, s.publisher, s.published, s.url,
       (SELECT count(*) FROM sentences WHERE source_id = s.id) AS sentences,
       (SELECT count(*) FROM claims WHERE source_id = s.id)    AS claims,
       (SELECT coalesce(sum(mentions), 0) FROM actor_sources WHERE source_id = s.id) AS mentions,
       (SELECT count(*) FROM removed_lines WHERE source_id = s.id) AS removed_lines,
       s.char_count
FROM sources AS s;

-- Which rows count, said once. An analyst's correction never deletes the automatic row: a curated
-- claim names the rule claim it corrects (overrides_claim_id), and a curated verdict stands beside
-- the rule verdict of its source and proposition. In force: every curated row, and every rule row no
-- curated row corrects. `ask`, `claims`, `report` and `map` read claims and verdicts through these.
CREATE VIEW claims_in_force AS
SELECT * FROM claims AS c
WHERE c.method = 'curated' OR NOT EXISTS (SELECT 1 FROM claims AS cur WHERE cur.overrides_claim_id = c.id);

CREATE VIEW verdicts_in_force AS
SELECT * FROM verdicts AS v
WHERE v.method = 'curated' OR NOT EXISTS (SELECT 1 FROM verdicts AS cur WHERE cur.source_id = v.source_id AND cur.proposition_id = v.proposition_id AND cur.method = 'curated');

-- Claims with their sentence, source and speaker ('author' when the author speaks); every claim,
-- corrected ones included (claims_in_force has only those that count). `location` is the sentence's
-- place as argkb prints it: 'slug @start+length'.
CREATE VIEW claim_details AS
SELECT c.id AS claim_id, s.id AS source_id, s.title AS source_title, s.author AS source_author,
       s.published, c.proposition_id, c.claim_type, c.role, c.polarity, c.likelihood_term,
       c.p_low, c.p_high, c.cue, c.context, c.factuality, c.commitment,
       coalesce(c.speaker_name, 'author') AS speaker, a.name AS speaker_actor,
       c.method, c.confidence, st.id AS sentence_id, st.text AS sentence,
       c.start, c.length, s.slug || ' @' || st.start || '+' || st.length AS location
FROM claims AS c
JOIN sources AS s    ON s.id = c.source_id
JOIN sentences AS st ON st.id = c.sentence_id
LEFT JOIN actors AS a ON a.id = c.speaker_actor_id;

-- Per source and proposition: the verdict in force (verdicts_in_force) with the automatic one beside it,
-- and its weightiest evidence claim (the curated verdict's own evidence first). The evidence is one
-- indexed lookup per verdict (verdict_evidence_by_weight), so a one-row answer reads one row.
CREATE VIEW source_verdicts AS
SELECT s.id AS source_id, s.slug, s.title, s.author, s.published, v.proposition_id,
       v.likelihood_term, v.p_low, v.p_high, v.polarity, v.method,
       auto.likelihood_term AS rule_likelihood_term, auto.polarity AS rule_polarity,
       c.id AS evidence_claim_id, c.sentence_id AS evidence_sentence_id, st.text AS evidence,
       v.note, v.id AS verdict_id, s.slug || ' @' || st.start || '+' || st.length AS location
FROM verdicts_in_force AS v
JOIN sources AS s ON s.id = v.source_id
LEFT JOIN verdicts AS auto
       ON auto.source_id = v.source_id AND auto.proposition_id = v.proposition_id AND auto.method = 'rule'
LEFT JOIN claims AS c
       ON c.id = (SELECT e.claim_id FROM verdict_evidence AS e
                   WHERE e.verdict_id = CASE WHEN EXISTS (SELECT 1 FROM verdict_evidence WHERE verdict_id = v.id)
                                             THEN v.id ELSE auto.id END
                   ORDER BY e.weight DESC, e.claim_id LIMIT 1)
LEFT JOIN sentences AS st ON st.id = c.sentence_id;

-- Actor mentions with names: one row per mention.
CREATE VIEW mention_details AS
SELECT a.name AS actor, a.kind, substr(s.text, m.start + 1, m.length) AS surface, m.alias_kind,
       s.id AS source_id, s.title AS source_title, m.sentence_id, m.start, m.length
FROM mentions AS m
JOIN actors AS a  ON a.id = m.actor_id
JOIN sources AS s ON s.id = m.source_id;

-- Pairs of actors named in the same sentence, with how often.
CREATE VIEW actor_comentions AS
SELECT a1.name AS actor, a2.name AS other_actor, count(DISTINCT m1.sentence_id) AS sentences,
       count(DISTINCT m1.source_id) AS sources
FROM mentions AS m1
JOIN mentions AS m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id <> m1.actor_id
JOIN actors AS a1 ON a1.id = m1.actor_id
JOIN actors AS a2 ON a2.id = m2.actor_id
GROUP BY m1.actor_id, m2.actor_id;

-- Unknown names, counted, with the first place each was seen.
CREATE VIEW entity_candidate_summary AS
SELECT name, kind_guess, count(*) AS mentions, count(DISTINCT source_id) AS sources,
       min(sentence_id) AS first_sentence_id, group_concat(DISTINCT kind_cue) AS cues
FROM entity_candidates
GROUP BY name;

-- Relations with actor names and the evidence sentence.
CREATE VIEW relation_details AS
SELECT r.id AS relation_id, subj.name AS subject, r.predicate, obj.name AS object,
       reg.name AS region, r.quad_class, r.context, coalesce(r.speaker_name, 'author') AS speaker,
       substr(s.text, r.cue_start + 1, r.cue_length) AS cue, s.id AS source_id, s.title AS source_title, s.published, st.text AS sentence,
       r.method, r.confidence, s.slug || ' @' || st.start || '+' || st.length AS location
FROM relations AS r
JOIN actors AS subj    ON subj.id = r.subject_actor_id
JOIN actors AS obj     ON obj.id = r.object_actor_id
LEFT JOIN actors AS reg ON reg.id = r.region_actor_id
JOIN sources AS s      ON s.id = r.source_id
JOIN sentences AS st   ON st.id = r.sentence_id;

-- Claims that another claim attacks, with the attacker.
CREATE VIEW contested_claims AS
SELECT l.to_claim_id AS claim_id, target.sentence AS claim, target.source_title AS claim_source,
       l.from_claim_id AS attacker_id, attacker.sentence AS attacker, attacker.source_title AS attacker_source,
       l.scope, l.cue
FROM argument_links AS l
JOIN claim_details AS target   ON target.claim_id = l.to_claim_id
JOIN claim_details AS attacker ON attacker.claim_id = l.from_claim_id
WHERE l.link_type = 'attacks';

-- Each claim's standing in the attack graph (Dung's grounded semantics): 'in' = accepted (no attacker,
-- or every attacker defeated), 'out' = defeated by an accepted attacker, 'undecided' = in a cycle of
-- attacks. `attackers` counts the claims attacking it; unchallenged = label 'in' AND attackers = 0.
CREATE VIEW claim_standing AS
SELECT c.id AS claim_id, s.slug AS source, coalesce(c.speaker_name, 'author') AS speaker,
       c.proposition_id, c.polarity, c.likelihood_term, ca.label,
       (SELECT count(*) FROM argument_links AS l WHERE l.to_claim_id = c.id AND l.link_type = 'attacks') AS attackers,
       (SELECT count(*) FROM argument_links AS l WHERE l.to_claim_id = c.id AND l.link_type = 'supports') AS supporters,
       st.text AS sentence
FROM claims AS c
JOIN claim_acceptability AS ca ON ca.claim_id = c.id
JOIN sources AS s ON s.id = c.source_id
JOIN sentences AS st ON st.id = c.sentence_id;

-- argkb's application id ("arkb"): tells an argkb database from any other SQLite file by its header.
PRAGMA application_id = 1634888546;
PRAGMA user_version = 9;
