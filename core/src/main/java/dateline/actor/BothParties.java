package dateline.actor;

import dateline.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "both leaders", "both sides", "both governments": the two parties the text has just named, in this sentence or
 * the one before. When the sentence itself names one of them ("Following talks with Mauritius's prime minister,
 * both leaders reaffirmed ..."), the phrase stands for the other one, who acts with or towards the one named:
 * here Modi, named in the sentence before. Only with exactly two countries among those actors; otherwise the
 * phrase keeps its sector with no country.
 */
final class BothParties {
    private BothParties() {
    }

    /**
     * The party the plural agent at token {@code start} (right after "both") stands for, or null.
     *
     * @param here     the actors found so far in this sentence, in order
     * @param previous the actors of the sentence before
     */
    static Actor other(List<Token> tokens, int start, int end, List<Actor> here, List<Actor> previous) {
        if (start < 1 || !tokens.get(start - 1).word().toLowerCase(Locale.ROOT).equals("both")
                || !tokens.get(end - 1).pos().equals("NNS")) {
            return null;
        }
        Map<String, Actor> before = new LinkedHashMap<>();
        for (Actor a : previous) {
            if (a.country() != null) {
                before.put(a.country(), a); // the latest mention of each country
            }
        }
        Map<String, Actor> inSentence = new LinkedHashMap<>();
        for (Actor a : here) {
            if (a.country() != null && a.tokenEnd() <= start - 1) {
                inSentence.put(a.country(), a);
            }
        }
        Map<String, Actor> all = new LinkedHashMap<>(before);
        all.putAll(inSentence);
        if (all.size() != 2 || inSentence.size() != 1) {
            return null;
        }
        for (Map.Entry<String, Actor> e : before.entrySet()) {
            if (!inSentence.containsKey(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
