-- Syndicated copies: one article may be published at several addresses (another outlet's reprint, a
-- ministry release carried by several papers).  Its addresses in the order they were first seen: the
-- first is the source link, the others are listed under it.  How the address is known (url_basis):
-- given by whoever added the article, fetched from the page, or an editor's words.
-- (Numbered 0006: 0005 is another change's.)
ALTER TABLE articles ADD COLUMN url_basis TEXT NOT NULL DEFAULT '';

CREATE TABLE article_urls (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    url        TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
