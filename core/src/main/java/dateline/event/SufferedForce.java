package dateline.event;

import java.util.Set;

/**
 * An act of force that a passive or a verb of dying happened in: "hundreds were killed in suicide attacks", "two
 * officers died in an ambush", "a journalist was wounded during an airstrike". The subject of such a verb suffered
 * the act; it never did it, so the act noun takes no doer from that subject (its own owner, demonym or "by" phrase,
 * or the verb's "by" agent, still count). A fight with a named other side ("killed in a gun battle with police") is
 * not one: there the subject's side is a party to the fight.
 */
final class SufferedForce {
    /** Intransitive verbs whose subject suffers what happened to it. */
    private static final Set<String> DYING = Set.of("die", "perish", "drown");
    /** Prepositions of the act a verb happened in. */
    private static final Set<String> IN = Set.of("in", "during", "amid");

    private SufferedForce() {
    }

    /**
     * The passive or dying verb that act noun {@code noun} is an "in" / "during" phrase of, or -1: the noun names
     * an act of force ({@link ArgumentFinder#namesForce}) and no other side "with" it.
     */
    static int sufferingVerb(DependencyTree tree, int noun) {
        int v = tree.head[noun];
        if (v < 0 || !tree.rel[noun].startsWith("obl") || !IN.contains(String.valueOf(tree.preposition(noun)))
                || !ArgumentFinder.namesForce(tree, noun) || !tree.token(v).isVerb()) {
            return -1;
        }
        for (int ch : tree.children(noun)) {
            if (tree.rel[ch].startsWith("nmod") && "with".equals(tree.preposition(ch))) {
                return -1;
            }
        }
        boolean suffered = tree.isPassive(v) || tree.participleClause(v) || DYING.contains(tree.lemma[v])
                || tree.token(v).pos().equals("VBN") && tree.rel[v].equals("acl");
        return suffered ? v : -1;
    }
}
