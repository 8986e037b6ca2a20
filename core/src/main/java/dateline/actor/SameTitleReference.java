package dateline.actor;

import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * A definite singular title or agent noun that repeats the head of an earlier mention refers back to it: "A U.S.
 * State Department spokesperson said ... the spokesperson told VOA" is the same person, with the earlier mention's
 * whole actor (country and sector), though "spokesperson" alone says neither. Only when every earlier mention with
 * that head and a country has one code; an "of" phrase after the noun says whose it is and gives none. A name
 * ending in the same word ("the Arakan Army", "the Liberation Front") is not repeated by the common noun.
 */
final class SameTitleReference {
    private SameTitleReference() {
    }

    /**
     * The earlier actor that the noun at tokens [start, end) of {@code s} (start on "the") repeats, or null.
     *
     * @param earlier the actors found so far in the article, in article order
     */
    static Actor find(List<Sentence> sentences, Sentence s, int start, int end, List<Actor> earlier) {
        List<Token> tokens = s.tokens();
        Token head = tokens.get(end - 1);
        if (!tokens.get(start).word().equalsIgnoreCase("the") || !head.pos().equals("NN")
                || end < tokens.size() && tokens.get(end).word().equalsIgnoreCase("of")) {
            return null;
        }
        String word = key(head);
        Actor latest = null;
        for (Actor a : earlier) {
            if (a.country() == null || a.sentence() == s.index() && a.tokenEnd() > start) {
                continue;
            }
            Sentence in = sentence(sentences, a.sentence());
            if (in == null || a.tokenEnd() > in.tokens().size() || !key(in.tokens().get(a.tokenEnd() - 1)).equals(word)) {
                continue;
            }
            if (in.tokens().get(a.tokenEnd() - 1).pos().startsWith("NNP")) {
                continue; // the last word of a name ("the Baloch Liberation Army") is no title: "the army" is another
            }
            if (latest != null && !latest.code().equals(a.code())) {
                return null;
            }
            latest = a;
        }
        return latest;
    }

    private static Sentence sentence(List<Sentence> sentences, int index) {
        for (Sentence x : sentences) {
            if (x.index() == index) {
                return x;
            }
        }
        return null;
    }

    private static String key(Token t) {
        return (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
    }
}
