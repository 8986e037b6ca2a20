-- Schema version 3: event dates. Each mention carries the date its text gives the event (a day or a range), how
-- it was found and the evidence span of the date phrase; events.day is the event date (the first day of a range)
-- rather than the publication date. Mentions stored before version 3 were dated by publication: they keep that
-- date, with basis PUBLICATION_DATE (UNDATED when the article has no date), and their event rows keep their day.
ALTER TABLE mentions ADD COLUMN event_date_start DATE;
ALTER TABLE mentions ADD COLUMN event_date_end DATE;
ALTER TABLE mentions ADD COLUMN date_basis VARCHAR;
ALTER TABLE mentions ADD COLUMN date_evidence_start INTEGER;
ALTER TABLE mentions ADD COLUMN date_evidence_end INTEGER;
UPDATE mentions SET event_date_start = a.date, event_date_end = a.date,
    date_basis = CASE WHEN a.date IS NULL THEN 'UNDATED' ELSE 'PUBLICATION_DATE' END
    FROM articles a WHERE a.id = mentions.article_id;
