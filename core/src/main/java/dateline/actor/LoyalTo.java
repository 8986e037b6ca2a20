package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import dateline.nlp.Token;
import java.util.List;
import java.util.function.Function;

/**
 * The country of a sector word that is followed by "loyal to" and whom it serves: "forces loyal to the former Syrian
 * president", "militias loyal to Colonel Ortiz of Sylvania" belong to that person's or country's side. The first
 * match with a country within the few words after "to" gives it; an agent match ("loyal to the army") gives none.
 */
final class LoyalTo {
    /** How far after "to" the master's mention may start: a determiner, "former" and a demonym or title. */
    private static final int REACH = 4;

    private LoyalTo() {
    }

    /**
     * The country of whom the agent ending before {@code end} is loyal to, or null when no "loyal to" follows or the
     * first match after it has no country.
     *
     * @param countryOf the country a match names, or null
     */
    static String country(List<Token> tokens, List<Match> ms, int end, Function<Match, String> countryOf) {
        if (end + 1 >= tokens.size() || !tokens.get(end).word().equalsIgnoreCase("loyal")
                || !tokens.get(end + 1).word().equalsIgnoreCase("to")) {
            return null;
        }
        int from = end + 2;
        for (Match m : ms) {
            if (m.start() >= from && m.start() <= from + REACH) {
                return countryOf.apply(m);
            }
        }
        return null;
    }
}
