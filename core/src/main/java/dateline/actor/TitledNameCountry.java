package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import dateline.nlp.Token;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a person named with a title and no dictionary entry gets a country when the title has none before it
 * ("publisher Jimmy Lai", "Judge Erick Garcia"): only from what the sentence says of the person, never from a place
 * the story happens in. An appositive right after the name that opens with a country or demonym states it ("Jimmy
 * Lai, a Hong Kong publisher"; "Ramon Ortiz, Chile's envoy"); else the one country the sentence names other than
 * as a place ({@link TitleApposition#countriesNotPlaces}): a place is where the story is, not whose the person is.
 * The dateline's place gives none. (An organisation with a country right before the title, "Taliban spokesperson X", is
 * {@code ActorResolver}'s: the person is one of its people.)
 */
final class TitledNameCountry {
    private TitledNameCountry() {
    }

    /**
     * The country match that an appositive after the name at tokens [.., nameEnd) opens with (", a Hong Kong
     * publisher", ", Chile's envoy"), or null. The appositive's first words after an optional article must be the
     * country.
     */
    static Match appositive(List<Token> tokens, int nameEnd, List<Match> matches, Predicate<Match> isCountry) {
        if (nameEnd >= tokens.size() || !tokens.get(nameEnd).word().equals(",")) {
            return null;
        }
        int t = nameEnd + 1;
        if (t < tokens.size() && tokens.get(t).pos().equals("DT")) {
            t++;
        }
        for (Match m : matches) {
            if (m.start() == t && isCountry.test(m)) {
                int after = m.end() < tokens.size() && tokens.get(m.end()).pos().equals("POS") ? m.end() + 1 : m.end();
                // The appositive goes on to a noun: "a Hong Kong publisher", not ", Hong Kong said".
                return after < tokens.size() && tokens.get(after).pos().startsWith("NN")
                        || after < tokens.size() && tokens.get(after).pos().startsWith("JJ") ? m : null;
            }
        }
        return null;
    }
}
