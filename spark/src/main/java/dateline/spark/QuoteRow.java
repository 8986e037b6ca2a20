package dateline.spark;

import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row of the {@code quotes} table: a quotation, its cue and its speaker, with offsets and text. */
public record QuoteRow(String articleId, LocalDate date, int quoteIndex, int sentence, String kind,
        Integer contentStart, Integer contentEnd, String contentText, Integer cueStart, Integer cueEnd, String cueText,
        String speakerCode, String speakerName, Integer speakerStart, Integer speakerEnd, String speakerText,
        String attribution, Double tone) implements Serializable {

    public static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("quote_index", DataTypes.IntegerType, false)
            .add("sentence", DataTypes.IntegerType, false)
            .add("kind", DataTypes.StringType, true)
            .add("content_start", DataTypes.IntegerType, true)
            .add("content_end", DataTypes.IntegerType, true)
            .add("content_text", DataTypes.StringType, true)
            .add("cue_start", DataTypes.IntegerType, true)
            .add("cue_end", DataTypes.IntegerType, true)
            .add("cue_text", DataTypes.StringType, true)
            .add("speaker_code", DataTypes.StringType, true)
            .add("speaker_name", DataTypes.StringType, true)
            .add("speaker_start", DataTypes.IntegerType, true)
            .add("speaker_end", DataTypes.IntegerType, true)
            .add("speaker_text", DataTypes.StringType, true)
            .add("attribution", DataTypes.StringType, true)
            .add("tone", DataTypes.DoubleType, true);

    public static QuoteRow of(CodedArticle coded, int index) {
        Article a = coded.article();
        Quote q = coded.quotes().get(index);
        return new QuoteRow(a.id(), a.date(), index, q.sentence(), q.kind() == null ? null : q.kind().name(),
                SpanColumns.start(q.content()), SpanColumns.end(q.content()), SpanColumns.text(a, q.content()),
                SpanColumns.start(q.cue()), SpanColumns.end(q.cue()), SpanColumns.text(a, q.cue()),
                q.speaker() == null ? null : q.speaker().code(), q.speaker() == null ? null : q.speaker().name(),
                SpanColumns.start(q.speakerSpan()), SpanColumns.end(q.speakerSpan()),
                SpanColumns.text(a, q.speakerSpan()), q.attribution(), SpanColumns.orNull(q.tone()));
    }

    public Row toRow() {
        return RowFactory.create(articleId, SpanColumns.sqlDate(date), quoteIndex, sentence, kind, contentStart,
                contentEnd, contentText, cueStart, cueEnd, cueText, speakerCode, speakerName, speakerStart, speakerEnd,
                speakerText, attribution, tone);
    }
}
