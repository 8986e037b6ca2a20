package dateline.spark;

import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the {@code articles} table: an article that was read and coded, its metadata and how much was found
 * in it. Every other table joins to it on {@code article_id}.
 */
public record ArticleRow(String articleId, String input, String source, String url, String title, String agency,
        String agencyCode, String datelinePlace, LocalDate date, String language, int chars, int sentences,
        int tokens, int entities, int actors, int quotes, int events, int places, Double tone, String warnings,
        String notes, long codeMillis) implements Serializable {

    /** The table's schema, in column order. */
    public static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("agency", DataTypes.StringType, true)
            .add("agency_code", DataTypes.StringType, true)
            .add("dateline_place", DataTypes.StringType, true)
            .add("date", DataTypes.DateType, true)
            .add("language", DataTypes.StringType, false)
            .add("chars", DataTypes.IntegerType, false)
            .add("sentences", DataTypes.IntegerType, false)
            .add("tokens", DataTypes.IntegerType, false)
            .add("entities", DataTypes.IntegerType, false)
            .add("actors", DataTypes.IntegerType, false)
            .add("quotes", DataTypes.IntegerType, false)
            .add("events", DataTypes.IntegerType, false)
            .add("places", DataTypes.IntegerType, false)
            .add("tone", DataTypes.DoubleType, true)
            .add("warnings", DataTypes.StringType, true)
            .add("notes", DataTypes.StringType, true)
            .add("code_ms", DataTypes.LongType, false);

    /** The row for {@code coded}, read from {@code input} and coded in {@code codeMillis} (to find slow articles). */
    public static ArticleRow of(String input, CodedArticle coded, long codeMillis) {
        Article a = coded.article();
        return new ArticleRow(a.id(), input, a.source(), a.url(), a.title(), a.agency(), a.agencyCode(),
                a.datelinePlace(), a.date(), a.language(), a.text().length(), coded.annotation().sentences().size(),
                coded.annotation().tokenCount(), coded.annotation().entities().size(), coded.actors().actors().size(),
                coded.quotes().size(), coded.events().size(), coded.places().size(),
                coded.tone() == null ? null : coded.tone().tone(), joined(a.warnings()), joined(coded.notes()),
                codeMillis);
    }

    private static String joined(java.util.List<String> items) {
        return items.isEmpty() ? null : String.join("; ", items);
    }

    public Row toRow() {
        return RowFactory.create(articleId, input, source, url, title, agency, agencyCode, datelinePlace,
                SpanColumns.sqlDate(date), language, chars, sentences, tokens, entities, actors, quotes, events, places,
                tone, warnings, notes, codeMillis);
    }
}
