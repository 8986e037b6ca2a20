package dateline.record;

import dateline.article.Article;
import dateline.article.Span;

/**
 * A span of the article text with the text it covers, so a reader can check a fact without the article at hand.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param text  the covered text, or null when the span lies outside the text (a stage bug, reported as missing
 *              rather than as a crash)
 */
public record Evidence(int start, int end, String text) {

    /** The evidence of {@code span} in {@code article}, or null for a null span. */
    public static Evidence of(Article article, Span span) {
        if (span == null) {
            return null;
        }
        String text = span.end() > article.text().length() ? null : article.slice(span);
        return new Evidence(span.start(), span.end(), text);
    }

    /** The span. */
    public Span span() {
        return new Span(start, end);
    }

    /** The start of {@code e}, or null for null. */
    public static Integer startOf(Evidence e) {
        return e == null ? null : e.start;
    }

    /** The end of {@code e}, or null for null. */
    public static Integer endOf(Evidence e) {
        return e == null ? null : e.end;
    }

    /** The text of {@code e}, or null for null. */
    public static String textOf(Evidence e) {
        return e == null ? null : e.text;
    }
}
