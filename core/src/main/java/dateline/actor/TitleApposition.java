package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import dateline.nlp.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Two small rules of the titled-person rule ({@code ActorResolver}) for people no dictionary knows. A title may stand
 * before its name in apposition, set off by commas: "the republic's president, Ana Ortiz, said" names Ortiz as
 * president as "President Ana Ortiz" does ("her daughter, Lucia Ortiz," likewise as a civilian). And the country the
 * sentence gives such a person is never one the sentence names only by a city as a place ("publisher Ana Ortiz
 * brought her case to officials in Washington": Washington is where, not whose).
 */
final class TitleApposition {
    /** Prepositions whose object is where something happens: a country after them is a place, not an owner. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "into", "near", "inside",
            "outside", "across", "throughout", "toward", "towards", "via", "around");

    private TitleApposition() {
    }

    /**
     * Where a name after the title ending at {@code titleEnd} starts: the next token, or the one after a comma when
     * the comma is followed by a proper noun the annotator tags PERSON.
     */
    static int nameStart(List<Token> tokens, int titleEnd) {
        if (titleEnd + 1 < tokens.size() && tokens.get(titleEnd).word().equals(",")
                && tokens.get(titleEnd + 1).isProperNoun() && tokens.get(titleEnd + 1).ner().equals("PERSON")) {
            return titleEnd + 1;
        }
        return titleEnd;
    }

    /** Whether a name in apposition ends its phrase at {@code nameEnd}: a comma, the sentence's end or its stop. */
    static boolean closes(List<Token> tokens, int nameEnd) {
        if (nameEnd >= tokens.size()) {
            return true;
        }
        String w = tokens.get(nameEnd).word();
        return w.equals(",") || w.equals(".") || w.equals(";");
    }

    /**
     * The distinct countries of the sentence's country matches, in order, leaving out a city or capital right after a
     * preposition of place ("in Washington"): it says where the act was. The country's own name there ("the
     * situation in Pakistan") still tells whose the sentence is about, as before.
     *
     * @param country       the country code of a match, or null when it is no country
     * @param countryItself whether a match is the country's own name ("Pakistan", not "Islamabad")
     */
    static Set<String> countriesNotPlaces(List<Token> tokens, List<Match> matches, Function<Match, String> country,
            Predicate<Match> countryItself) {
        Set<String> out = new LinkedHashSet<>();
        for (Match m : matches) {
            String code = country.apply(m);
            if (code == null) {
                continue;
            }
            int before = m.start() - 1;
            if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
                before--; // "in the United States" where the match leaves out "the"
            }
            // A demonym there ("to Afghan broadcaster X") modifies a noun: it still tells whose.
            boolean demonym = tokens.get(m.end() - 1).pos().startsWith("JJ");
            if (before >= 0 && PLACE_PREPOSITIONS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))
                    && !countryItself.test(m) && !demonym) {
                continue;
            }
            out.add(code);
        }
        return out;
    }
}
