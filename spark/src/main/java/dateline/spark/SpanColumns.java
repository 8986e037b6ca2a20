package dateline.spark;

import dateline.article.Article;
import dateline.article.Span;
import java.sql.Date;
import java.time.LocalDate;

/** Turns optional spans and dates into nullable column values, so every row class writes them the same way. */
final class SpanColumns {
    private SpanColumns() {
    }

    static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    /** The text a span covers, or null; a span outside the text (a stage bug) gives null rather than a crash. */
    static String text(Article article, Span span) {
        if (span == null || span.end() > article.text().length()) {
            return null;
        }
        return article.slice(span);
    }

    /** Spark's default external type for {@code DateType}; null stays null (the undated partition). */
    static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** NaN ("not scored") becomes null, which Parquet readers show as missing. */
    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
