-- One ranked query answers free-text search: each meeting's own words (summary, names, place,
-- topics) and its articles' text are two columns of one contentless index, keyed by the
-- meeting's rowid; bm25 weighs the meeting's own words higher.
DROP TABLE IF EXISTS meetings_fts;
DROP TABLE IF EXISTS articles_fts;
CREATE VIRTUAL TABLE meetings_search USING fts5(own, article, content = '', tokenize = 'unicode61');
