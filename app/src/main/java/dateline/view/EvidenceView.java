package dateline.view;

import dateline.article.Span;

/**
 * A span of the article's text with the words it covers, so that a reader can check a fact against the text.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param text  the characters between
 */
public record EvidenceView(int start, int end, String text) {
    /** The evidence for {@code span} in {@code text}; null when there is no span or it lies outside the text. */
    public static EvidenceView of(String text, Span span) {
        if (span == null || span.end() > text.length()) {
            return null;
        }
        return new EvidenceView(span.start(), span.end(), text.substring(span.start(), span.end()));
    }
}
