-- Schema version 2: duplicate detection. Fingerprints of each article, the article it copies, and the number
-- of distinct stories (duplicate groups) behind each event row. Filled for existing rows by the migration.
ALTER TABLE articles ADD COLUMN content_hash VARCHAR;
ALTER TABLE articles ADD COLUMN min_hash BLOB;
ALTER TABLE articles ADD COLUMN dup_of VARCHAR;
ALTER TABLE articles ADD COLUMN dup_kind VARCHAR;
ALTER TABLE articles ADD COLUMN dup_similarity DOUBLE;
ALTER TABLE events ADD COLUMN num_stories INTEGER;
