-- briefbot store, version 1.  Text used for matching is stored folded (bot.text.fold),
-- because FTS5's unicode61 folds neither đ nor sĩ/sỹ.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    file        TEXT NOT NULL,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',
    year        INTEGER,
    year_basis  TEXT NOT NULL DEFAULT '',
    year_reason TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    body_hash   TEXT NOT NULL UNIQUE
);

CREATE TABLE people (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    side         TEXT NOT NULL CHECK (side IN ('vn', 'us', 'other')),
    organization TEXT NOT NULL DEFAULT '',
    titles       TEXT NOT NULL DEFAULT '[]',
    in_gazetteer INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    folded    TEXT NOT NULL,
    PRIMARY KEY (person_id, folded)
);

CREATE TABLE organizations (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('vn', 'us', 'other'))
);

CREATE TABLE organization_aliases (
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    folded          TEXT NOT NULL,
    PRIMARY KEY (organization_id, folded)
);

CREATE TABLE rounds (
    id         INTEGER PRIMARY KEY,
    series     TEXT NOT NULL,
    number     INTEGER NOT NULL,
    start      TEXT,
    end        TEXT,
    place      TEXT,
    summary    TEXT NOT NULL DEFAULT '',
    areas      TEXT NOT NULL DEFAULT '[]',
    next_steps TEXT NOT NULL DEFAULT '[]',
    leaders    TEXT NOT NULL DEFAULT '[]',
    context    TEXT NOT NULL DEFAULT '[]',
    UNIQUE (series, number)
);

CREATE TABLE round_sources (
    round_id   INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (round_id, article_id)
);

CREATE TABLE meetings (
    id             TEXT PRIMARY KEY,
    date           TEXT,
    date_text      TEXT,
    date_precision TEXT NOT NULL,
    sort_key       TEXT NOT NULL,
    place          TEXT,
    kind           TEXT NOT NULL,
    round_id       INTEGER REFERENCES rounds(id),
    round_basis    TEXT,
    summary        TEXT NOT NULL,
    topics         TEXT NOT NULL DEFAULT '[]',
    context        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX meetings_sort ON meetings(sort_key DESC);
CREATE INDEX meetings_round ON meetings(round_id);

-- One meeting may be reported by several articles; each report keeps its own reading.
CREATE TABLE meeting_sources (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    extracted_id TEXT NOT NULL,
    date       TEXT,
    place      TEXT,
    summary    TEXT NOT NULL,
    evidence   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (meeting_id, article_id)
);

CREATE TABLE participants (
    meeting_id      TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id       TEXT REFERENCES people(id),
    organization_id TEXT REFERENCES organizations(id),
    name            TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    side            TEXT NOT NULL CHECK (side IN ('vn', 'us', 'other')),
    CHECK (person_id IS NOT NULL OR organization_id IS NOT NULL OR title <> '')
);
CREATE INDEX participants_person ON participants(person_id);
CREATE INDEX participants_org ON participants(organization_id);
CREATE INDEX participants_meeting ON participants(meeting_id);

CREATE TABLE meeting_topics (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    PRIMARY KEY (meeting_id, topic)
);

CREATE VIRTUAL TABLE meetings_fts USING fts5(meeting_id UNINDEXED, body, tokenize = 'unicode61');
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, body, tokenize = 'unicode61');

CREATE TABLE build_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
