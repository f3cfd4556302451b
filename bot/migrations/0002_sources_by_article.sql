-- Search joins article hits to their meetings: index the sources by article.
CREATE INDEX IF NOT EXISTS meeting_sources_article ON meeting_sources(article_id);
