package dateline.nlp;

import dateline.article.Span;

/**
 * A date or time expression found by CoreNLP's SUTime in one sentence, with SUTime's normalised value.
 *
 * @param span       character offsets into the article text ("on Saturday afternoon" gives the span of
 *                   "Saturday afternoon": SUTime leaves prepositions out)
 * @param text       the expression as written
 * @param sentence   index of its sentence
 * @param tokenStart first token (inclusive)
 * @param tokenEnd   last token (exclusive)
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      TIMEX3 value resolved against the reference date ("2020-11-28", "2020-11-28TAF", "2020-W47",
 *                   "2020-11", "PAST_REF", "P2D"), or null when SUTime gives none
 */
public record TimeExpression(Span span, String text, int sentence, int tokenStart, int tokenEnd, String type,
        String value) {
}
