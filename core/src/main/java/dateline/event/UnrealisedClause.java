package dateline.event;

import java.util.Set;

/**
 * Clauses whose act has not happened, by the grammar of the clause that holds it rather than by a modal of its own
 * verb: a clause the main act waits for ("will hold them until Peru pays", "before the rebels attack"), an act
 * left undone ("without consulting Chile"), a purpose ("in order to attack"), an embedded question ("whether Peru
 * attacked"), a question ("Would Turkey invade Syria?") and a condition with inverted word order ("Had Turkey
 * invaded Syria, ..."). CAMEO codes events that took place; none of these says one did.
 */
final class UnrealisedClause {
    /** Clause relations a walk up from the act crosses to reach a clause that holds it. */
    private static final Set<String> CLAUSAL = Set.of("conj", "xcomp", "ccomp", "csubj", "advcl", "acl:relcl",
            "acl", "parataxis", "dep");
    /**
     * Time clauses whose act, told in a present tense, lies ahead: "until France withdraws", "before the rebels
     * attack", "once Peru pays" (English uses the present for the future there); in a past tense it took place.
     */
    private static final Set<String> AWAITED = Set.of("until", "till", "before", "once");
    /** Markers whose clause is never done, whatever its tense: "lest they attack", "whether Peru attacked". */
    private static final Set<String> OPEN = Set.of("lest", "whether");
    /** Question words that take the act as given in the past: "why did Russia expel the diplomats?". */
    private static final Set<String> PRESUPPOSING = Set.of("why", "how", "when", "where");
    /** Auxiliaries that open a condition by inversion: "had Turkey invaded", "should Iran attack", "were it to". */
    private static final Set<String> INVERTED = Set.of("have", "should", "be");

    private UnrealisedClause() {
    }

    /** Why the act at {@code t} is not reported as done by the clause that holds it, or null. */
    static String why(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 8 && cur >= 0; guard++) {
            String reason = clause(tree, cur);
            if (reason != null) {
                return reason;
            }
            if (!CLAUSAL.contains(tree.rel[cur])) {
                return null;
            }
            if (tree.rel[cur].equals("advcl") && tree.child(cur, "nsubj", "nsubj:pass") >= 0) {
                // An adverbial clause with a subject of its own tells another act: "... to prevent it from
                // arming, as Tehran rejected the offer" is a rejection done, whatever the clause it hangs on.
                return null;
            }
            cur = tree.head[cur];
        }
        return null;
    }

    /** What makes the clause headed by {@code c} unrealised, or null. */
    private static String clause(DependencyTree tree, int c) {
        boolean verb = tree.token(c).isVerb();
        for (int ch : tree.children(c)) {
            String r = tree.rel[ch];
            String l = tree.lemma[ch];
            if (verb && (r.equals("mark") || r.equals("case")) && l.equals("without")) {
                return "left undone ('without " + tree.token(c).word() + "')";
            }
            if (r.equals("mark") && OPEN.contains(l)) {
                return "an open question or a fear ('" + tree.token(ch).word() + " ... " + tree.token(c).word()
                        + "'), not an act reported as done";
            }
            if (r.equals("mark") && AWAITED.contains(l) && !past(tree, c)) {
                return "awaited ('" + tree.token(ch).word() + " ... " + tree.token(c).word()
                        + "' in the present tells what is yet to come)";
            }
            if (r.equals("punct") && tree.lemma[ch].equals("?") && !presupposed(tree, c)) {
                return "asked ('" + tree.token(c).word() + " ...?'), not reported as done";
            }
        }
        if (purpose(tree, c)) {
            return "a purpose ('in order to " + tree.token(c).word() + "'), not an act done";
        }
        if (tree.rel[c].equals("advcl") && invertedCondition(tree, c)) {
            return "a condition ('" + tree.token(tree.child(c, "aux", "aux:pass", "cop")).word() + " "
                    + tree.token(tree.child(c, "nsubj", "nsubj:pass")).word() + " ...'), not an act done";
        }
        return null;
    }

    /** Whether clause {@code c} is told in a past tense: a past verb, or a past auxiliary ("had paid", "was freed"). */
    private static boolean past(DependencyTree tree, int c) {
        if (tree.token(c).pos().equals("VBD")) {
            return true;
        }
        for (int ch : tree.children(c)) {
            String r = tree.rel[ch];
            if ((r.equals("aux") || r.equals("aux:pass") || r.equals("cop")) && tree.token(ch).pos().equals("VBD")) {
                return true;
            }
        }
        return false;
    }

    /** A question that takes its past act as given: "why did Russia expel them?" (the expulsion took place). */
    private static boolean presupposed(DependencyTree tree, int c) {
        for (int ch : tree.children(c)) {
            if (tree.rel[ch].equals("advmod") && PRESUPPOSING.contains(tree.lemma[ch])) {
                return past(tree, c);
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is the infinitive of "in order to" / "so as to": the parser hangs it on the "in" ("in
     * [order] to attack" as a dependent of "in") or gives it "in" as a marker with "order" fixed to it.
     */
    private static boolean purpose(DependencyTree tree, int c) {
        int h = tree.head[c];
        if (h >= 0 && opensPurpose(tree, h)) {
            return true;
        }
        for (int ch : tree.children(c)) {
            if ((tree.rel[ch].equals("mark") || tree.rel[ch].equals("advmod")) && opensPurpose(tree, ch)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensPurpose(DependencyTree tree, int k) {
        String l = tree.lemma[k].toLowerCase(java.util.Locale.ROOT);
        if (!l.equals("in") && !l.equals("so")) {
            return false;
        }
        for (int ch : tree.children(k)) {
            if (tree.rel[ch].equals("fixed") && (tree.lemma[ch].equals("order") || tree.lemma[ch].equals("as"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether adverbial clause {@code c} is a condition by inversion: no marker, and it opens with an auxiliary
     * before its subject ("Had Turkey invaded Syria, NATO would have protested", "Should Iran attack, ...").
     */
    private static boolean invertedCondition(DependencyTree tree, int c) {
        if (tree.child(c, "mark") >= 0) {
            return false;
        }
        int aux = tree.child(c, "aux", "aux:pass", "cop");
        int subj = tree.child(c, "nsubj", "nsubj:pass");
        if (aux < 0 || subj < 0 || aux > subj || !INVERTED.contains(tree.lemma[aux].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < aux; k++) {
            if (subtreeHolds(tree, c, k) && !tree.rel[k].equals("punct")) {
                return false; // something stands before the auxiliary: "... that had Turkey's backing"
            }
        }
        return true;
    }

    private static boolean subtreeHolds(DependencyTree tree, int root, int k) {
        for (int cur = k, guard = 0; cur >= 0 && guard < tree.size(); guard++) {
            if (cur == root) {
                return true;
            }
            cur = tree.head[cur];
        }
        return false;
    }
}
