package dateline.record;

import dateline.actor.Actor;
import dateline.article.Article;

/**
 * An actor of an event as the outputs write it (GDELT's Actor1 or Actor2).
 *
 * @param code    CAMEO actor code ("IRNGOV"), or null when the mention has none
 * @param name    canonical name ("Hassan Rouhani"), or null
 * @param country 3-letter country part of the code, or null
 * @param role    the role that gave the code ("President of Iran"), or null
 * @param rule    how the mention was resolved ("name", "pronoun", ...), or null (not kept by an aggregated row)
 * @param mention the mention in the article, or null (not kept by an aggregated row)
 */
public record ActorRecord(String code, String name, String country, String role, String rule, Evidence mention) {

    /** The record of an event participant of {@code article}; null for none (an agentless event, no target). */
    public static ActorRecord of(Article article, Actor actor) {
        if (actor == null) {
            return null;
        }
        return new ActorRecord(actor.code(), actor.name(), actor.country(), actor.role(), actor.rule(),
                Evidence.of(article, actor.span()));
    }

    /** The code of {@code a}, or null for no actor. */
    public static String codeOf(ActorRecord a) {
        return a == null ? null : a.code;
    }

    /** The name of {@code a}, or null for no actor. */
    public static String nameOf(ActorRecord a) {
        return a == null ? null : a.name;
    }

    /** The country of {@code a}, or null for no actor. */
    public static String countryOf(ActorRecord a) {
        return a == null ? null : a.country;
    }
}
