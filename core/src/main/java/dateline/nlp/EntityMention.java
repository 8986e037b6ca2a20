package dateline.nlp;

import dateline.article.Span;

/**
 * A named-entity mention: consecutive tokens of one sentence sharing an entity type.
 *
 * @param span       character offsets into the article text
 * @param type       PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, TITLE, DATE,
 *                   MONEY, MISC, ...
 * @param text       the mention as written
 * @param sentence   index of its sentence
 * @param tokenStart first token (inclusive)
 * @param tokenEnd   last token (exclusive)
 */
public record EntityMention(Span span, String type, String text, int sentence, int tokenStart, int tokenEnd) {
    /** Whether this is a place-like mention (LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE). */
    public boolean isPlace() {
        return switch (type) {
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> true;
            default -> false;
        };
    }
}
