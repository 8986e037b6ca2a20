package dateline.spark;

import dateline.article.Article;
import dateline.quote.Quote;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** The {@code quotes} table: a quotation, its cue and its speaker, with offsets and text. */
final class QuoteRow {
    static final StructType SCHEMA = Schemas.of("""
            article_id STRING NOT NULL, date DATE, quote_index INT NOT NULL, sentence INT NOT NULL, kind STRING,
            content_start INT, content_end INT, content_text STRING, cue_start INT, cue_end INT, cue_text STRING,
            speaker_code STRING, speaker_name STRING, speaker_start INT, speaker_end INT, speaker_text STRING,
            attribution STRING, tone DOUBLE""");

    private QuoteRow() {
    }

    /** The row of quote {@code index} of article {@code a}. */
    static Row of(Article a, int index, Quote q) {
        return RowFactory.create(a.id(), SpanColumns.sqlDate(a.date()), index, q.sentence(),
                q.kind() == null ? null : q.kind().name(), SpanColumns.start(q.content()), SpanColumns.end(q.content()),
                SpanColumns.text(a, q.content()), SpanColumns.start(q.cue()), SpanColumns.end(q.cue()),
                SpanColumns.text(a, q.cue()), q.speaker() == null ? null : q.speaker().code(),
                q.speaker() == null ? null : q.speaker().name(), SpanColumns.start(q.speakerSpan()),
                SpanColumns.end(q.speakerSpan()), SpanColumns.text(a, q.speakerSpan()), q.attribution(),
                SpanColumns.orNull(q.tone()));
    }
}
