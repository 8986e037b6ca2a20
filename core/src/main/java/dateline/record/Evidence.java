package dateline.record;

import dateline.article.Article;
import dateline.article.Span;

/**
 * A span of the article text with the text it covers, so a reader can check a fact without the article at hand.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param text  the covered text
 */
public record Evidence(int start, int end, String text) {

    /**
     * The evidence of {@code span} in {@code article}, or null for a null span.
     *
     * @throws IllegalArgumentException when the span lies outside the text: a stage bug, which must not be written
     *                                  as if it were evidence
     */
    public static Evidence of(Article article, Span span) {
        if (span == null) {
            return null;
        }
        if (span.end() > article.text().length()) {
            throw new IllegalArgumentException("article " + article.id() + ": span " + span + " lies outside its "
                    + article.text().length() + " characters");
        }
        return new Evidence(span.start(), span.end(), article.slice(span));
    }

    /** The span. */
    public Span span() {
        return new Span(start, end);
    }
}
