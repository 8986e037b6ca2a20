package dateline.actor;

import dateline.nlp.Token;
import java.util.List;

/**
 * Token tests for runs of proper names ("Manufacturers Hanover", "British Civil Aviation Authority"): which tokens
 * may belong to one name, and what the annotator tagged them.
 */
final class NameRuns {
    private NameRuns() {
    }

    /**
     * Whether token {@code t} may be part of a proper name: capitalised, and a proper noun or tagged ORGANIZATION.
     * A title ("Chief", "Chairman") is not.
     */
    static boolean nameToken(List<Token> tokens, int t) {
        Token tok = tokens.get(t);
        String w = tok.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !tok.ner().equals("TITLE")
                && (tok.isProperNoun() || tok.ner().equals("ORGANIZATION"));
    }

    static boolean allNameTokens(List<Token> tokens, int start, int end) {
        for (int t = start; t < end; t++) {
            if (!nameToken(tokens, t)) {
                return false;
            }
        }
        return true;
    }

    static boolean anyTagged(List<Token> tokens, int start, int end, String ner) {
        for (int t = start; t < end; t++) {
            if (ner.equals(tokens.get(t).ner())) {
                return true;
            }
        }
        return false;
    }

    static boolean allTagged(List<Token> tokens, int start, int end, String ner) {
        for (int t = start; t < end; t++) {
            if (!ner.equals(tokens.get(t).ner())) {
                return false;
            }
        }
        return true;
    }
}
