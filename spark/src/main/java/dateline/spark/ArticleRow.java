package dateline.spark;

import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code articles} table: an article that was read and coded, its metadata and how much was found in it. Every
 * other table joins to it on {@code article_id}.
 */
final class ArticleRow {
    /** The table's schema, in column order. */
    static final StructType SCHEMA = Schemas.of("""
            article_id STRING NOT NULL, input STRING NOT NULL, source STRING NOT NULL, url STRING, title STRING,
            agency STRING, agency_code STRING, dateline_place STRING, date DATE, language STRING NOT NULL,
            chars INT NOT NULL, sentences INT NOT NULL, tokens INT NOT NULL, entities INT NOT NULL,
            actors INT NOT NULL, quotes INT NOT NULL, events INT NOT NULL, places INT NOT NULL, tone DOUBLE,
            warnings STRING, notes STRING, code_ms BIGINT NOT NULL""");

    private ArticleRow() {
    }

    /** The row for {@code coded}, read from {@code input} and coded in {@code codeMillis} (to find slow articles). */
    static Row of(String input, CodedArticle coded, long codeMillis) {
        Article a = coded.article();
        return RowFactory.create(a.id(), input, a.source(), a.url(), a.title(), a.agency(), a.agencyCode(),
                a.datelinePlace(), SpanColumns.sqlDate(a.date()), a.language(), a.text().length(),
                coded.annotation().sentences().size(), coded.annotation().tokenCount(),
                coded.annotation().entities().size(), coded.actors().actors().size(), coded.quotes().size(),
                coded.events().size(), coded.places().size(), coded.tone() == null ? null : coded.tone().tone(),
                joined(a.warnings()), joined(coded.notes()), codeMillis);
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join("; ", items);
    }
}
