package dateline.event;

/**
 * Where an act named by a noun stands in its clause, when that place tells that the clause around it did not do
 * the act. CAMEO's source is whoever did the act; an act noun that is itself what its clause is about ("an attack
 * on a base has highlighted the danger", "the attack on the train is an attack on the nation, the minister said")
 * has as doer only what the noun phrase names (its owner, a demonym), never the subject of a clause that governs
 * its own. And an act of force's "of" phrase is what the act was done to ("the bombing of a base that killed
 * ten"), so a relative clause on either describes the act, not something the base did.
 */
final class ActNounClause {
    private ActNounClause() {
    }

    /**
     * Whether noun {@code n} is the subject of its own clause: the predicate of a copula ("is an attack on"), the
     * subject of its head, or a noun phrase right before the finite auxiliary of a verb the parser left without a
     * subject ("a January attack on a base has highlighted ...", read as a conjunct of an earlier noun).
     */
    static boolean ownClause(DependencyTree tree, int n) {
        if (tree.child(n, "cop") >= 0 || tree.rel[n].startsWith("nsubj")) {
            return true;
        }
        int next = lastOf(tree, n) + 1;
        if (next >= tree.size()) {
            return false;
        }
        // Only a finite auxiliary ("has highlighted", "will ..."): a bare finite verb there is as often a
        // reporting verb whose subject the parser read as an apposition ("attacks on X, state media said").
        String pos = tree.token(next).pos();
        int verb = tree.head[next];
        boolean finite = pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP");
        return finite && tree.rel[next].startsWith("aux") && verb > n && tree.token(verb).isVerb()
                && !below(tree, verb, n)
                && tree.child(verb, "nsubj", "nsubj:pass", "csubj", "expl") < 0;
    }

    /**
     * The noun naming an act of force that {@code n} is, or whose "of" phrase {@code n} is ("the bombing of a
     * base"), or -1.
     */
    static int forceAct(DependencyTree tree, int n) {
        if (ArgumentFinder.namesForce(tree, n)) {
            return n;
        }
        int h = tree.head[n];
        if (h >= 0 && "of".equals(tree.preposition(n)) && ArgumentFinder.namesForce(tree, h)) {
            return h;
        }
        return -1;
    }

    /**
     * The act of force ({@link #forceAct}) that relative clause {@code v} describes ("the bombings that killed
     * 300", "the shelling of a camp that killed two"), or -1: its subject is then the act itself, whose doer the
     * sentence may not name.
     */
    static int relativeAct(DependencyTree tree, int v) {
        int s = tree.child(v, "nsubj");
        if (!tree.rel[v].equals("acl:relcl") || tree.head[v] < 0 || s < 0
                || !(tree.token(s).pos().startsWith("W") || tree.word[s].equalsIgnoreCase("that"))) {
            return -1;
        }
        return forceAct(tree, tree.head[v]);
    }

    /** The last token of {@code n}'s subtree (the parser's phrases are contiguous in English news). */
    private static int lastOf(DependencyTree tree, int n) {
        int last = n;
        for (int i = n + 1; i < tree.size(); i++) {
            if (below(tree, i, n)) {
                last = i;
            }
        }
        return last;
    }

    /** Whether token {@code i} lies in the subtree of {@code top}. */
    private static boolean below(DependencyTree tree, int i, int top) {
        for (int cur = i, guard = 0; cur >= 0 && guard < tree.size(); cur = tree.head[cur], guard++) {
            if (cur == top) {
                return true;
            }
        }
        return false;
    }
}
