package dateline.geo;

import dateline.actor.Actor;
import dateline.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an event's actor is (GDELT's Actor1Geo and Actor2Geo), by three rules; the first that finds a place wins:
 * <ol>
 *   <li>{@link Rule#OWN_MENTION}: a geocoded place inside the actor's own mention, or inside the named mention a
 *       pronoun or title refers to ("the Tehran government" is in Tehran; "Iraq" is in Iraq). When the mention
 *       holds several, the most specific (city, then subdivision, then country), then the first. A place that only
 *       restates the actor's own country ("US" in "US troops", coded USAMIL) yields to rule 2 when that finds a
 *       place, and wins over rule 3.</li>
 *   <li>{@link Rule#ATTACHED}: a geocoded place tied to one of those mentions by the words between them, within one
 *       line of text: after it by a locative or origin preposition ("fishermen from Russia", "US troops in Basra",
 *       "officials based in Basra", "the envoy, who is stationed at Erbil"), or before it as a possessive or
 *       modifier ("Basra's governor", "Basra officials", "Tehran-based diplomats"). When several are tied, the one
 *       with the fewest characters between.</li>
 *   <li>{@link Rule#COUNTRY}: the country of the actor code (IRNGOV: Iran), as a country-level place at the
 *       population-weighted centroid of its cities. Codes without a country (IGO, regional codes) get none.</li>
 * </ol>
 * The dateline (the reporting place) is never an actor's place: it says where the reporter was. Only the article
 * text, the actor's spans and country and the geocoded places are used, so the store (which keeps all of them)
 * gives the same answer as a freshly coded article.
 */
public final class ActorLocator {
    private static final String SP = "[ \\t\\u00a0]";
    /** Words that tie a following place to the mention before it ("troops in", "guards of", "envoy from"). */
    private static final Pattern AFTER = Pattern.compile(SP + "*,?" + SP + "*"
            + "(?:(?:who|which|that)" + SP + "+(?:is|are|was|were)" + SP + "+)?"
            + "(?:(?:based|stationed|located|deployed|living|headquartered)" + SP + "+)?"
            + "(?:from|of|in|at|near|inside)" + SP + "+(?:the" + SP + "+)?"
            + "(?:(?:city|province|region|state|town)" + SP + "+of" + SP + "+)?", Pattern.CASE_INSENSITIVE);
    /** Words that tie a preceding place to the mention after it ("Basra's", "Basra", "Tehran-based"). */
    private static final Pattern BEFORE = Pattern.compile("(?:['\u2019]s?)?(?:" + SP + "*-" + SP + "*based)?"
            + SP + "*", Pattern.CASE_INSENSITIVE);
    /** No tie is longer than this; longer gaps are not even sliced. */
    private static final int MAX_GAP = 48;

    private final Countries countries;

    public ActorLocator(Countries countries) {
        this.countries = countries;
    }

    /** A locator over the bundled countries. */
    public static ActorLocator bundled() {
        return new ActorLocator(Countries.bundled());
    }

    /** Which rule placed an actor; in order of preference. */
    public enum Rule {
        /** A place inside the actor's own mention (or its antecedent's). */
        OWN_MENTION,
        /** A place tied to the mention by a preposition, possessive or modifier. */
        ATTACHED,
        /** The country of the actor code. */
        COUNTRY
    }

    /**
     * The spans and country of an event participant.
     *
     * @param country    3-letter country part of its actor code, or null
     * @param span       its mention in the text, or null
     * @param antecedent the named mention a pronoun or title refers to, or null
     */
    public record Who(String country, Span span, Span antecedent) {
        /** The participant of an event (null for none). */
        public static Who of(Actor a) {
            return a == null ? null : new Who(a.country(), a.span(), a.antecedent());
        }

        private List<Span> mentions() {
            List<Span> out = new ArrayList<>(2);
            if (span != null) {
                out.add(span);
            }
            if (antecedent != null && !antecedent.equals(span)) {
                out.add(antecedent);
            }
            return out;
        }
    }

    /**
     * Where an actor is.
     *
     * @param place    the place (for {@link Rule#COUNTRY}, a country without a text span)
     * @param rule     the rule that found it
     * @param evidence what in the text supports it, for a reader to check
     */
    public record Located(Place place, Rule rule, String evidence) {
    }

    /**
     * Places an actor.
     *
     * @param text   the article text the spans index into
     * @param actor  the actor to place (null gives null)
     * @param places the article's geocoded places (a reporting place among them is skipped)
     * @return where the actor is, or null when no rule finds a place
     */
    public Located locate(String text, Who actor, List<Place> places) {
        if (actor == null) {
            return null;
        }
        Located own = ownMention(text, actor, places);
        if (own != null && !restatesCountry(own.place(), actor)) {
            return own;
        }
        Located attached = attached(text, actor, places);
        if (attached != null) {
            return attached;
        }
        if (own != null) {
            return own;
        }
        Place country = countries.byIso3(actor.country());
        return country == null ? null : new Located(country, Rule.COUNTRY, country.reason());
    }

    private static boolean restatesCountry(Place p, Who actor) {
        return p.featureType() == Place.FeatureType.COUNTRY && p.countryIso3() != null
                && p.countryIso3().equals(actor.country());
    }

    private static Located ownMention(String text, Who actor, List<Place> places) {
        for (Span m : actor.mentions()) {
            Place best = null;
            for (Place p : places) {
                if (usable(p, text) && m.contains(p.span())
                        && (best == null || specificity(p) > specificity(best))) {
                    best = p;
                }
            }
            if (best != null) {
                return new Located(best, Rule.OWN_MENTION, "'" + slice(text, best.span()) + "' in the actor's mention '"
                        + slice(text, m) + "'");
            }
        }
        return null;
    }

    private static Located attached(String text, Who actor, List<Place> places) {
        for (Span m : actor.mentions()) {
            Place best = null;
            String bestGap = null;
            for (Place p : places) {
                if (!usable(p, text) || p.span().overlaps(m)) {
                    continue;
                }
                String gap = null;
                if (p.span().start() >= m.end() && p.span().start() - m.end() <= MAX_GAP) {
                    String g = text.substring(m.end(), p.span().start());
                    gap = AFTER.matcher(g).matches() ? g : null;
                } else if (p.span().end() <= m.start() && m.start() - p.span().end() <= MAX_GAP) {
                    String g = text.substring(p.span().end(), m.start());
                    gap = BEFORE.matcher(g).matches() ? g : null;
                }
                if (gap != null && (best == null || gap.length() < bestGap.length())) {
                    best = p;
                    bestGap = gap;
                }
            }
            if (best != null) {
                String tie = bestGap.strip().isEmpty() ? "next to it" : "by '" + bestGap.strip() + "'";
                return new Located(best, Rule.ATTACHED, "'" + slice(text, best.span()) + "' tied to the actor's mention '"
                        + slice(text, m) + "' " + tie);
            }
        }
        return null;
    }

    private static boolean usable(Place p, String text) {
        return p.role() != Place.Role.REPORTING && p.span() != null && p.span().end() <= text.length();
    }

    private static int specificity(Place p) {
        return p.featureType() == null ? 0 : p.featureType().ordinal();
    }

    private static String slice(String text, Span s) {
        return text.substring(s.start(), Math.min(s.end(), text.length()));
    }
}
