package dateline.actor;

import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "the two leaders", "both governments", "the two presidents" after a sentence (or the part of this sentence before
 * the phrase) naming two countries' parties: the phrase is both of them, each with the phrase's sector ("The United
 * States and Ukraine ... the two leaders disagreed" is USAGOV and UKRGOV), kept as a coordination so the event coder
 * codes one event per party, as for "the United States and Ukraine". Only with exactly two countries among the actors
 * of this sentence before the phrase or, when it names none, of the sentence before; only for a plural agent after
 * "the two" or "both". "both leaders" after a sentence naming one of them is {@link BothParties}'s.
 */
final class TwoParties {
    private TwoParties() {
    }

    /**
     * The two parties' countries, in order of mention, for the plural agent at tokens [start, end) right after "the
     * two" or "both", or an empty list.
     *
     * @param here     the actors found so far in this sentence, in order
     * @param previous the actors of the sentence before
     */
    static List<String> countries(List<Token> tokens, int start, int end, List<Actor> here, List<Actor> previous) {
        String head = tokens.get(end - 1).pos();
        if (!head.equals("NNS") && !head.equals("NNPS")) {
            return List.of();
        }
        boolean two = start >= 2 && lower(tokens, start - 2).equals("the") && lower(tokens, start - 1).equals("two");
        boolean both = start >= 1 && lower(tokens, start - 1).equals("both");
        if (!two && !both) {
            return List.of();
        }
        int from = two ? start - 2 : start - 1;
        Map<String, Actor> inSentence = new LinkedHashMap<>();
        for (Actor a : here) {
            if (a.country() != null && a.tokenEnd() <= from) {
                inSentence.putIfAbsent(a.country(), a);
            }
        }
        Map<String, Actor> parties = inSentence;
        if (inSentence.isEmpty()) {
            parties = new LinkedHashMap<>();
            for (Actor a : previous) {
                if (a.country() != null) {
                    parties.putIfAbsent(a.country(), a);
                }
            }
        }
        return parties.size() == 2 ? new ArrayList<>(parties.keySet()) : List.of();
    }

    private static String lower(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }
}
