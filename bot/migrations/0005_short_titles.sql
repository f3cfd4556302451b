-- Lists show each side as one short title and a name ("Bộ trưởng Công Thương Nguyễn Hồng Diên").
-- people.short_title is the editor's (data/people.toml, '' when none); participants.short_title is
-- what a list shows for that participant: the editor's, else the article's title chain shortened at build.
ALTER TABLE people ADD COLUMN short_title TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN short_title TEXT NOT NULL DEFAULT '';
