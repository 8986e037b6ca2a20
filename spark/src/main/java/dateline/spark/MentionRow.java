package dateline.spark;

import dateline.article.Span;
import dateline.record.ActorRecord;
import dateline.record.Evidence;
import dateline.record.MentionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code mentions} table: the evidence for one event in one article ({@link MentionRecord}). Offsets are
 * half-open character offsets into the article text ({@code Article.text}); each {@code *_text} column is the
 * slice they cover, so a reader can check a coded event without the article at hand.
 */
final class MentionRow {
    static final StructType SCHEMA = Schemas.of("""
            event_id STRING NOT NULL, event_code STRING NOT NULL, article_id STRING NOT NULL, date DATE,
            sentence INT NOT NULL, sentence_start INT, sentence_end INT, sentence_text STRING,
            trigger_start INT, trigger_end INT, trigger_text STRING,
            source_code STRING, source_start INT, source_end INT, source_text STRING,
            target_code STRING, target_start INT, target_end INT, target_text STRING,
            quote_start INT, quote_end INT, rule STRING, source_rule STRING, target_rule STRING""");

    private MentionRow() {
    }

    /** The row of {@code m}, an event of an article published on {@code date}. */
    static Row of(MentionRecord m, LocalDate date) {
        List<Object> v = new ArrayList<>(SCHEMA.size());
        v.addAll(Arrays.asList(EventRow.idOf(m.articleId(), m.mention()), m.event().code(), m.articleId(),
                SpanColumns.sqlDate(date), m.sentence()));
        v.addAll(evidence(m.sentenceText()));
        v.addAll(evidence(m.trigger()));
        v.addAll(actor(m.event().source()));
        v.addAll(actor(m.event().target()));
        Span quote = m.quote() == null ? null : m.quote().span();
        v.addAll(Arrays.asList(SpanColumns.start(quote), SpanColumns.end(quote), m.rule(),
                rule(m.event().source()), rule(m.event().target())));
        return RowFactory.create(v.toArray());
    }

    private static List<Object> evidence(Evidence e) {
        return e == null ? Arrays.asList(null, null, null) : Arrays.asList(e.start(), e.end(), e.text());
    }

    private static List<Object> actor(ActorRecord x) {
        List<Object> v = new ArrayList<>(4);
        v.add(ActorRecord.codeOf(x));
        v.addAll(evidence(x == null ? null : x.mention()));
        return v;
    }

    private static String rule(ActorRecord x) {
        return x == null ? null : x.rule();
    }
}
