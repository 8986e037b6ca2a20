-- Schema version 5: what a stored article needs to read back like a freshly coded one. The article's dateline
-- span and reading warnings, its boilerplate spans and related links, its named entities, and for each event
-- mention its code (a negated mention is counted in no event row, which held the code) and the index of its
-- place among the article's places. Articles stored before version 5 have none of these rows.
CREATE TABLE article_details (
  article_id VARCHAR NOT NULL, dateline_start INTEGER, dateline_end INTEGER, warnings VARCHAR);
CREATE TABLE boilerplate (article_id VARCHAR NOT NULL, item INTEGER NOT NULL, start_char INTEGER, end_char INTEGER);
CREATE TABLE related_links (article_id VARCHAR NOT NULL, item INTEGER NOT NULL, title VARCHAR, url VARCHAR);
CREATE TABLE entities (
  article_id VARCHAR NOT NULL, entity INTEGER NOT NULL, type VARCHAR, sentence INTEGER, start_char INTEGER,
  end_char INTEGER);
CREATE TABLE mention_details (
  article_id VARCHAR NOT NULL, mention INTEGER NOT NULL, code VARCHAR, root_code VARCHAR, quad_class INTEGER,
  goldstein DOUBLE, place INTEGER);
