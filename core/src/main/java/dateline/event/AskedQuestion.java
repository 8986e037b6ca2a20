package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * "Ask" in the sense of putting a question, not of making a request: "asked whether Ankara would expel the envoy",
 * "asked the minister if Nairobi might recall its ambassador", "asked what Seoul would do", "was asked about the
 * sanctions". CAMEO 02 is a request that the target do something ("asked India to release the fishermen", "asked
 * for aid"); a question, a reporter's above all, requests nothing and is no event. The sense is told by the
 * complement: a clause opened by "whether"/"if" or by a question word, or "about" a topic, and no infinitive.
 */
final class AskedQuestion {
    /** Verbs that ask either a question or a favour. */
    private static final Set<String> ASKING = Set.of("ask", "inquire", "enquire", "query");
    /** Markers of an embedded yes/no question. */
    private static final Set<String> YES_NO = Set.of("whether", "if");
    /** Words that open an embedded wh-question. */
    private static final Set<String> WH = Set.of("what", "why", "how", "when", "where", "who", "whom", "which");

    private AskedQuestion() {
    }

    /** Why verb {@code t} asks a question rather than makes a request, or null. */
    static String why(DependencyTree tree, int t) {
        if (!tree.token(t).isVerb() || !ASKING.contains(tree.lemma[t].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String question = null;
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            if (r.equals("xcomp") || r.startsWith("obl") && "for".equals(tree.preposition(ch))) {
                return null; // "asked India to release them", "asked for aid": a request
            }
            if (question == null && (r.equals("ccomp") || r.equals("advcl") || r.equals("dep"))) {
                question = embeddedQuestion(tree, ch);
            }
            if (question == null && r.startsWith("obl") && "about".equals(tree.preposition(ch))) {
                question = "about " + tree.token(ch).word();
            }
        }
        return question == null ? null : "a question ('" + tree.token(t).word() + " " + question
                + "'), not a request: no event";
    }

    /** The word that makes clause {@code c} an embedded question ("whether", "if", "what" ...), or null. */
    private static String embeddedQuestion(DependencyTree tree, int c) {
        for (int ch : tree.children(c)) {
            String l = tree.lemma[ch].toLowerCase(Locale.ROOT);
            if (tree.rel[ch].equals("mark") && YES_NO.contains(l)) {
                return tree.token(ch).word();
            }
            if (ch < c && WH.contains(l) && !tree.rel[ch].equals("punct")) {
                return tree.token(ch).word(); // "asked what Seoul would do", "asked how the talks went"
            }
        }
        return null;
    }
}
