package dateline.nlp;

import dateline.article.Span;

/**
 * A third-person pronoun resolved to the person it refers to.
 *
 * @param span       the pronoun
 * @param sentence   its sentence
 * @param token      its token index
 * @param antecedent the PERSON mention it refers to
 * @param reason     how it was resolved, for explanations ("subject of previous sentence", ...)
 */
public record PronounLink(Span span, int sentence, int token, EntityMention antecedent, String reason) {
}
