-- Schema version 4: one flag order. Every output (store, Spark tables, exports, JSON views) now writes an event's
-- flags in alphabetical order ("FUTURE,NEGATED"; dateline.record.EventFlags); stores written before wrote them in
-- the coder's enum order ("NEGATED,FUTURE"). Only mentions with two or more flags can differ.
UPDATE mentions SET flags = array_to_string(list_sort(string_split(flags, ',')), ',') WHERE flags LIKE '%,%';
