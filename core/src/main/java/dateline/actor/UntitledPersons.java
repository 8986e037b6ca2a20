package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * People no dictionary knows and no title names, whose country the mention itself gives: a demonym right before the
 * name ("the Malawian Ana Phiri", "Bosnian Serb leader" is the titled rule's) or "of" / "from" and a country right
 * after it ("Ana Phiri of Malawi"). CAMEO codes such a person by the country; with no sector the text gives, the code
 * is the country's alone. A name with no country in its own mention gets none here: a country elsewhere in the
 * sentence is as often another party's or a place.
 */
final class UntitledPersons {
    private UntitledPersons() {
    }

    /**
     * A person found: the name's tokens, the mention's tokens (with the demonym or the "of" phrase), the country,
     * and the country match folded into the mention.
     */
    record Person(int nameStart, int nameEnd, int start, int end, String country, Match countryMatch) {
    }

    /**
     * The people of the sentence by this rule.
     *
     * @param covered whether a token is already part of an actor's mention
     * @param country the country code of a match, or null when it is no country
     */
    static List<Person> find(List<Token> tokens, List<Match> matches, Function<Integer, Boolean> covered,
            Function<Match, String> country) {
        List<Person> out = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            if (!isName(tokens, t) || covered.apply(t)) {
                t++;
                continue;
            }
            int end = t;
            while (end < tokens.size() && isName(tokens, end) && !covered.apply(end)) {
                end++;
            }
            Person p = before(tokens, matches, t, end, country);
            if (p == null) {
                p = after(tokens, matches, t, end, country);
            }
            if (p != null) {
                out.add(p);
            }
            t = end;
        }
        return out;
    }

    private static boolean isName(List<Token> tokens, int t) {
        return tokens.get(t).isProperNoun() && tokens.get(t).ner().equals("PERSON");
    }

    /** A demonym (adjective) ending right before the name. */
    private static Person before(List<Token> tokens, List<Match> matches, int start, int end,
            Function<Match, String> country) {
        for (Match m : matches) {
            if (m.end() == start && tokens.get(m.end() - 1).pos().startsWith("JJ")) {
                String c = country.apply(m);
                return c == null ? null : new Person(start, end, m.start(), end, c, m);
            }
        }
        return null;
    }

    /** "of" or "from" and a country right after the name. */
    private static Person after(List<Token> tokens, List<Match> matches, int start, int end,
            Function<Match, String> country) {
        if (end + 1 >= tokens.size()) {
            return null;
        }
        String w = tokens.get(end).word().toLowerCase(Locale.ROOT);
        if (!w.equals("of") && !w.equals("from")) {
            return null;
        }
        for (Match m : matches) {
            int first = m.start();
            boolean the = first == end + 2 && tokens.get(end + 1).word().equalsIgnoreCase("the");
            if (first == end + 1 || the) {
                String c = country.apply(m);
                return c == null ? null : new Person(start, end, start, m.end(), c, m);
            }
        }
        return null;
    }
}
