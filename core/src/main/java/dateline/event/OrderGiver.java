package dateline.event;

import java.util.Set;

/**
 * Who had an act done, named in a phrase of the verb: "was detained on the orders of the prosecutor", "were
 * arrested at the request of the Kenyan government", "was closed on the president's orders", "deported on the
 * instructions of the ministry", "by order of the court". Such a phrase names the agent of a passive that has no
 * "by" agent, and of an intransitive verb whose subject undergoes the act ("returned to prison on the orders of a
 * judge").
 */
final class OrderGiver {
    /** Nouns of an order or request that make someone its author. */
    private static final Set<String> ORDERS = Set.of("order", "request", "instruction", "behest", "command",
            "direction", "directive", "demand");
    /** Prepositions that make such a noun the cause of the act ("on", "at", "by", "upon", "under"). */
    private static final Set<String> PREPS = Set.of("on", "at", "by", "upon", "under");

    /** Places of confinement that a verb of going may take its subject to ("returned to prison"). */
    private static final Set<String> CONFINEMENT = Set.of("prison", "jail", "gaol", "detention", "custody", "cell",
            "exile");

    private OrderGiver() {
    }

    /** Whether phrase {@code p} is an order or request noun under a causal preposition ("on the orders"). */
    static boolean isOrder(DependencyTree tree, int p) {
        return ORDERS.contains(tree.lemma[p]) && PREPS.contains(String.valueOf(tree.preposition(p)));
    }

    /**
     * The token naming who ordered or requested verb {@code v}'s act, or -1: the owner ("on the judge's orders")
     * or the "of" phrase ("on the orders of the judge") of an order noun in a phrase of {@code v}.
     */
    static int of(DependencyTree tree, int v) {
        for (int ch : tree.children(v)) {
            if (!tree.rel[ch].startsWith("obl") || !isOrder(tree, ch)) {
                continue;
            }
            int owner = tree.child(ch, "nmod:poss");
            if (owner >= 0) {
                return owner;
            }
            for (int m : tree.children(ch)) {
                if (tree.rel[m].startsWith("nmod") && "of".equals(tree.preposition(m))) {
                    return m;
                }
            }
        }
        return -1;
    }

    /**
     * The subject of intransitive verb {@code v} when it undergoes the act someone ordered, or -1: the verb has no
     * object and is not passive, goes "to" / "into" / "back to" a place of confinement, and names who ordered it
     * ("returned to prison on the orders of a judge", "went into exile at the junta's demand").
     */
    static int undergoer(DependencyTree tree, int v) {
        if (of(tree, v) < 0 || tree.isPassive(v) || tree.child(v, "obj", "iobj") >= 0) {
            return -1;
        }
        for (int ch : tree.children(v)) {
            String prep = tree.preposition(ch);
            if (tree.rel[ch].startsWith("obl") && ("to".equals(prep) || "into".equals(prep))
                    && CONFINEMENT.contains(tree.lemma[ch])) {
                return tree.child(v, "nsubj");
            }
        }
        return -1;
    }
}
