package dateline.event;

import dateline.cameo.CameoCode;
import java.util.Set;

/**
 * Acts named as the complement of a verb that does not do them: what a permission allows ("a law that allows the
 * government to seize the assets and hand them over", "let them go"), what an attempt aims at ("tried to establish
 * a dialogue with China"), and what a future or possible help would bring about ("the law will help Beijing tighten
 * control"). CAMEO codes acts that took place; a permission, an attempt or another's help to come says none did.
 * Attempted force is the exception: the codebook codes an attempt at force as force (185 is an attempted
 * assassination), so an attempt keeps roots 18 to 20.
 */
final class UndoneComplement {
    /** Verbs of permission and capacity: "allows X to seize", "enables Iran to enrich", "authorised troops to fire". */
    private static final Set<String> PERMISSION = Set.of("allow", "permit", "enable", "authorize", "authorise",
            "empower", "entitle", "let");
    /** Verbs of attempt: "tried to establish", "attempted to broker", "strove to revive". */
    private static final Set<String> ATTEMPT = Set.of("try", "attempt", "strive", "endeavor", "endeavour");
    /** Roots the codebook codes when only attempted: assault, fight, mass violence (185: attempted assassination). */
    private static final Set<String> ATTEMPTED_FORCE = Set.of("18", "19", "20");
    /** Verbs that bring about another party's act: "will help Beijing tighten", "could help Kyiv retake". */
    private static final Set<String> ENABLING = Set.of("help", "assist");
    /** Nouns of purpose or attempt whose "of" / "at" phrase names what is sought: "the aim of", "an attempt at". */
    private static final Set<String> PURPOSE_NOUNS = Set.of("aim", "goal", "purpose", "objective", "intention",
            "attempt", "effort", "bid");
    /** Auxiliaries of a future or possible act. */
    private static final Set<String> MODAL = Set.of("will", "shall", "'ll", "would", "wo", "may", "might", "could",
            "can", "should", "must");

    private UndoneComplement() {
    }

    /** Why the act at {@code t} (coded {@code code}, may be null) is not done by its governing verb, or null. */
    static String why(DependencyTree tree, int t, String code) {
        String aim = aimedAt(tree, t);
        if (aim != null) {
            return aim;
        }
        int c = clauseOf(tree, t);
        int h = tree.head[c];
        if (h < 0 || !complement(tree, c)) {
            return null;
        }
        String l = tree.lemma[h].toLowerCase(java.util.Locale.ROOT);
        String act = "'" + tree.token(h).word() + " ... " + tree.token(c).word() + "'";
        if (PERMISSION.contains(l) && permitted(tree, h, c)) {
            return "what a permission allows (" + act + "), not an act done";
        }
        if (ATTEMPT.contains(l) && (code == null || !ATTEMPTED_FORCE.contains(CameoCode.rootOf(code)))) {
            return "an attempt (" + act + "), not the act itself";
        }
        if (ENABLING.contains(l) && modal(tree, h) && permitted(tree, h, c)) {
            // Another party's act ("will help Beijing tighten"); the helper's own ("will help release them") is
            // its stated intent, coded by the future rules.
            return "what a help to come would bring about (" + act + "), not an act done";
        }
        return null;
    }

    /**
     * Why the act at {@code t} is what something is aimed at, or null: an "-ing" act under "aimed at" ("tariffs
     * aimed at pressuring manufacturers", also when listed: "aimed at raising revenue and pressuring") or under a
     * noun of purpose or attempt with "of" / "at" ("with the goal of forcing", "an attempt at toppling"). A purpose
     * tells what is sought, not what was done.
     */
    private static String aimedAt(DependencyTree tree, int t) {
        int j = tree.head[t];
        if (j >= 0 && tree.rel[t].equals("conj") && tree.token(t).pos().equals("VBG")
                && tree.lemma[j].equalsIgnoreCase("aim") && tree.child(t, "nsubj", "aux", "aux:pass") < 0) {
            for (int ch : tree.children(j)) {
                if (tree.rel[ch].startsWith("obl") && "at".equals(tree.preposition(ch))) {
                    // "are aimed at raising revenue and pressuring X": an "-ing" form cannot share the passive
                    // "are aimed"; the parser joined the list's last item to the verb.
                    return "what '" + tree.token(j).word() + " at' names (a purpose), not an act done";
                }
            }
        }
        int cur = clauseOf(tree, t);
        for (int guard = 0; guard < 4 && tree.rel[cur].equals("conj") && tree.head[cur] >= 0; guard++) {
            cur = tree.head[cur]; // "aimed at raising revenue, protecting jobs and pressuring": the list's first
        }
        int h = tree.head[cur];
        String r = tree.rel[cur];
        if (h < 0 || !(r.startsWith("obl") || r.equals("advcl") || r.startsWith("nmod") || r.equals("acl"))) {
            return null;
        }
        String prep = null;
        for (int ch : tree.children(cur)) {
            if (tree.rel[ch].equals("case") || tree.rel[ch].equals("mark")) {
                prep = tree.lemma[ch].toLowerCase(java.util.Locale.ROOT);
            }
        }
        String head = tree.lemma[h].toLowerCase(java.util.Locale.ROOT);
        boolean aimed = "at".equals(prep) && head.equals("aim") && tree.token(h).isVerb();
        boolean purpose = ("of".equals(prep) || "at".equals(prep)) && PURPOSE_NOUNS.contains(head)
                && tree.token(h).isNoun();
        return aimed || purpose ? "what '" + tree.token(h).word() + " " + prep + "' names (a purpose), not an act"
                + " done" : null;
    }

    /**
     * The verb whose clause holds the act at {@code t}: the verb of a nominal object ("impose [sanctions]"), and the
     * first of verbs joined without a subject, marker or auxiliary of their own ("to seize the assets and [hand]
     * them"), which share the first verb's place in the sentence.
     */
    static int clauseOf(DependencyTree tree, int t) {
        int cur = t;
        String r = tree.rel[cur];
        if (tree.isNominal(cur) && (r.equals("obj") || r.equals("nsubj:pass")) && tree.head[cur] >= 0
                && tree.token(tree.head[cur]).isVerb()) {
            cur = tree.head[cur];
        }
        for (int guard = 0; guard < 4 && tree.rel[cur].equals("conj") && tree.head[cur] >= 0; guard++) {
            if (!tree.token(cur).isVerb() || !tree.token(tree.head[cur]).isVerb()
                    || tree.child(cur, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "csubj") >= 0) {
                break;
            }
            cur = tree.head[cur];
        }
        return cur;
    }

    /**
     * Whether permission or help verb {@code h} names a party allowed or helped to do {@code c}: its object ("allows the government
     * to seize"), its passive subject ("were allowed to leave") or the complement's own subject ("let the army
     * detain"). Without one the verb is part of an idiom of its own ("let free the prisoners", "let go of").
     */
    private static boolean permitted(DependencyTree tree, int h, int c) {
        return tree.child(h, "obj", "nsubj:pass") >= 0 || tree.child(c, "nsubj") >= 0;
    }

    /** Whether {@code c} is a verb's complement: an open or clausal complement, or a bare infinitive read as dep. */
    private static boolean complement(DependencyTree tree, int c) {
        String r = tree.rel[c];
        return r.equals("xcomp") || r.equals("ccomp")
                || r.equals("dep") && tree.token(c).pos().equals("VB") && tree.token(tree.head[c]).isVerb();
    }

    private static boolean modal(DependencyTree tree, int v) {
        for (int ch : tree.children(v)) {
            if (tree.rel[ch].equals("aux") && MODAL.contains(tree.lemma[ch].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
