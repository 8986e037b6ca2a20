package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * An act named as what a party is interested in or serious about: "the North Koreans are interested in talking to
 * the U.S.", "the Russians are not serious about finding a solution", "Tokyo will be keen on encouraging Manila".
 * The adjective tells a disposition (often in an analyst's words, often negated or forecast); it states no intent
 * of the party's own, as "pledged to" or "is ready to" do (frames, 03), and reports no act done. CAMEO codes none.
 */
final class DispositionClause {
    /** Adjectives of a disposition towards an act, with the preposition of their gerund: "interested in talking". */
    private static final Set<String> DISPOSED = Set.of("interested", "serious", "keen", "intent", "bent");
    /** Prepositions that introduce the act: "in talking", "about finding", "on encouraging". */
    private static final Set<String> INTRO = Set.of("in", "about", "on");

    private DispositionClause() {
    }

    /** Why the act at {@code t} is a disposition towards it, not an act or a stated intent, or null. */
    static String why(DependencyTree tree, int t) {
        int c = UndoneComplement.clauseOf(tree, t);
        int h = tree.head[c];
        if (h >= 0 && tree.rel[c].equals("dep") && INTRO.contains(tree.lemma[h].toLowerCase(Locale.ROOT))) {
            // The parser sometimes hangs the gerund on its preposition: "keen [on [encouraging]]".
            return tree.head[h] >= 0 && disposed(tree, tree.head[h]) && tree.token(c).pos()
                    .equals("VBG") ? reason(tree, tree.head[h], h, c) : null;
        }
        if (h < 0 || !tree.token(c).pos().equals("VBG") || !disposed(tree, h)) {
            return null;
        }
        for (int ch : tree.children(c)) {
            String r = tree.rel[ch];
            if ((r.equals("mark") || r.equals("case")) && INTRO.contains(tree.lemma[ch].toLowerCase(Locale.ROOT))) {
                return reason(tree, h, ch, c);
            }
        }
        return null;
    }

    private static boolean disposed(DependencyTree tree, int h) {
        return tree.token(h).pos().startsWith("JJ") && DISPOSED.contains(tree.lemma[h].toLowerCase(Locale.ROOT));
    }

    private static String reason(DependencyTree tree, int adjective, int preposition, int act) {
        return "a disposition ('" + tree.token(adjective).word() + " " + tree.token(preposition).word() + " "
                + tree.token(act).word() + "'), not an act or a stated intent";
    }
}
