package dateline.spark;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the {@code mentions} table: the evidence for one event in one article. Offsets are half-open
 * character offsets into the article text ({@code Article.text}); each {@code *_text} column is the slice they
 * cover, so a reader can check a coded event without the article at hand.
 */
public record MentionRow(String eventId, String eventCode, String articleId, LocalDate date, int sentence,
        Integer sentenceStart, Integer sentenceEnd, String sentenceText, Integer triggerStart, Integer triggerEnd,
        String triggerText,
        String sourceCode, Integer sourceStart, Integer sourceEnd, String sourceText, String targetCode,
        Integer targetStart, Integer targetEnd, String targetText, Integer quoteStart, Integer quoteEnd, String rule,
        String sourceRule, String targetRule) implements Serializable {

    public static final StructType SCHEMA = new StructType()
            .add("event_id", DataTypes.StringType, false)
            .add("event_code", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("sentence", DataTypes.IntegerType, false)
            .add("sentence_start", DataTypes.IntegerType, true)
            .add("sentence_end", DataTypes.IntegerType, true)
            .add("sentence_text", DataTypes.StringType, true)
            .add("trigger_start", DataTypes.IntegerType, true)
            .add("trigger_end", DataTypes.IntegerType, true)
            .add("trigger_text", DataTypes.StringType, true)
            .add("source_code", DataTypes.StringType, true)
            .add("source_start", DataTypes.IntegerType, true)
            .add("source_end", DataTypes.IntegerType, true)
            .add("source_text", DataTypes.StringType, true)
            .add("target_code", DataTypes.StringType, true)
            .add("target_start", DataTypes.IntegerType, true)
            .add("target_end", DataTypes.IntegerType, true)
            .add("target_text", DataTypes.StringType, true)
            .add("quote_start", DataTypes.IntegerType, true)
            .add("quote_end", DataTypes.IntegerType, true)
            .add("rule", DataTypes.StringType, true)
            .add("source_rule", DataTypes.StringType, true)
            .add("target_rule", DataTypes.StringType, true);

    public static MentionRow of(CodedArticle coded, int index) {
        Article a = coded.article();
        Event e = coded.events().get(index);
        Actor s = e.source();
        Actor t = e.target();
        return new MentionRow(EventRow.idOf(a.id(), index), e.code(), a.id(), a.date(), e.sentence(),
                SpanColumns.start(e.sentenceSpan()), SpanColumns.end(e.sentenceSpan()),
                SpanColumns.text(a, e.sentenceSpan()),
                SpanColumns.start(e.trigger()), SpanColumns.end(e.trigger()), SpanColumns.text(a, e.trigger()),
                s == null ? null : s.code(), s == null ? null : SpanColumns.start(s.span()),
                s == null ? null : SpanColumns.end(s.span()), s == null ? null : SpanColumns.text(a, s.span()),
                t == null ? null : t.code(), t == null ? null : SpanColumns.start(t.span()),
                t == null ? null : SpanColumns.end(t.span()), t == null ? null : SpanColumns.text(a, t.span()),
                SpanColumns.start(e.quote()), SpanColumns.end(e.quote()), e.rule(),
                s == null ? null : s.rule(), t == null ? null : t.rule());
    }

    public Row toRow() {
        return RowFactory.create(eventId, eventCode, articleId, SpanColumns.sqlDate(date), sentence, sentenceStart,
                sentenceEnd, sentenceText, triggerStart, triggerEnd, triggerText, sourceCode, sourceStart, sourceEnd,
                sourceText, targetCode, targetStart, targetEnd, targetText, quoteStart, quoteEnd, rule, sourceRule,
                targetRule);
    }
}
