-- Search ranks the meetings whose own words hold every searched word first, by bm25 over those words
-- alone.  bm25 costs about a microsecond a matching row, and a common word matches most meetings through
-- their articles but far fewer through their own words; so the own words get a small index of their own.
-- meetings_search (own and article text) still gives the total and the article hits of later pages.
-- Contentless, like meetings_search: ingest fills it, keyed by the meeting's rowid.
CREATE VIRTUAL TABLE meetings_own USING fts5(own, content = '', tokenize = 'unicode61');
