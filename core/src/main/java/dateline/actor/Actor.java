package dateline.actor;

import dateline.article.Span;

/**
 * A mention resolved to a CAMEO actor, e.g. {@code IRNGOV} "Hassan Rouhani", President of Iran.
 *
 * @param code       CAMEO actor code: country (ISO 3166 alpha-3 or CAMEO international code) plus sector codes,
 *                   e.g. "IRNGOV", "USAMIL", "IRQLEG", "USA"
 * @param name       canonical name of the actor ("Hassan Rouhani", "Iraq", "United States military")
 * @param country    the country part of the code ("IRN"), or null for international/non-state actors without one
 * @param role       the role that gave the code, e.g. "President of Iran", or null
 * @param span       the mention in the article text ("he", "Iraqi Prime Minister Mustafa Al-Kazemi", "US troops")
 * @param sentence   index of the mention's sentence
 * @param tokenStart first token of the mention in its sentence
 * @param tokenEnd   token after the mention
 * @param entry      the dictionary entry that produced the code, as "file:line" or an entry id
 * @param rule       how the mention was resolved ({@link Found}'s label, maybe with a note): "name", "agent+country",
 *                   "pronoun", "title+name, titled earlier", ...
 * @param dateBasis  how the role was chosen against the article's date
 * @param antecedent for pronouns and bare titles, the span of the named mention they refer to; else null
 */
public record Actor(
        String code,
        String name,
        String country,
        String role,
        Span span,
        int sentence,
        int tokenStart,
        int tokenEnd,
        String entry,
        String rule,
        DateBasis dateBasis,
        Span antecedent) {

    /** The code as a type. */
    public ActorCode actorCode() {
        return ActorCode.of(code);
    }

    /** How the mention was resolved, read from {@link #rule()}. */
    public Found found() {
        return Found.of(rule);
    }

    /** The country part of an actor code: its first three letters; null for null or a code too short. */
    public static String countryOf(String code) {
        return code == null || code.length() < 3 ? null : ActorCode.of(code).country();
    }
}
