-- Lists are pages of meetings newest first (sort_key DESC, then id).  With these indexes a page is read in
-- that order instead of sorted: a round's page sorted its ~1,250 meetings (at 10,000 articles) for five.
DROP INDEX IF EXISTS meetings_sort;
DROP INDEX IF EXISTS meetings_round;
CREATE INDEX meetings_by_date ON meetings(sort_key DESC, id);
CREATE INDEX meetings_round_by_date ON meetings(round_id, sort_key DESC, id);
