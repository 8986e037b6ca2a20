package dateline.event;

import dateline.nlp.Pronouns;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A reported obligation laid on another party: "Russia says Israel must end its attacks", "the US said North Korea
 * must first disarm". CAMEO codes what the speaker asks of the other party, a demand (10x) for "must", an appeal
 * (02x) for "should", with the embedded act choosing the sub-code; the act itself has not happened.
 */
final class ObligationClause {
    /** Auxiliaries that lay a duty on the clause's subject, and the root of the speaker's act. */
    private static final java.util.Map<String, String> DUTY = java.util.Map.of("must", "10", "should", "02");
    /** Verbs of grasping a fact: "must understand that", "should know that". */
    private static final java.util.Set<String> REALISE = java.util.Set.of("understand", "know", "realise", "realize",
            "recognise", "recognize", "remember", "learn", "appreciate");

    private ObligationClause() {
    }

    /**
     * The verb of the obligation clause that speech verb {@code speech} reports, or -1: a clausal complement with
     * "must" or "should" whose active subject is a party ({@code party}: it leads to an actor) and not the speaker
     * ("we must"). A thing that "should be resolved" lays no duty on anyone named.
     */
    static int embedded(DependencyTree tree, int speech, Predicate<String> speechVerb, IntPredicate party) {
        if (!speechVerb.test(tree.lemma[speech]) || !tree.token(speech).isVerb()) {
            return -1;
        }
        int c = tree.child(speech, "ccomp");
        if (c < 0 || root(tree, c) == null) {
            return -1;
        }
        int s = tree.child(c, "nsubj");
        return s >= 0 && !Pronouns.bundled().isFirstPerson(tree.word[s]) && !ownSide(tree, s) && !realisation(tree, c)
                && party.test(s) ? c : -1;
    }

    /**
     * The subject names the speaker's own side beside another party: "the U.S. and our allies must", "Kenya and we
     * must". A duty the speaker shares is a view of policy (010), no demand on another party.
     */
    private static boolean ownSide(DependencyTree tree, int s) {
        for (int ch : tree.children(s)) {
            if (tree.rel[ch].equals("conj") && (Pronouns.bundled().isFirstPerson(tree.word[ch])
                    || firstPersonOwner(tree, ch))) {
                return true;
            }
        }
        return firstPersonOwner(tree, s);
    }

    private static boolean firstPersonOwner(DependencyTree tree, int n) {
        int owner = tree.child(n, "nmod:poss");
        return owner >= 0 && Pronouns.bundled().isFirstPerson(tree.word[owner]);
    }

    /**
     * "X must understand (know, realise) that ...": what X is to grasp is the speaker's warning or view, not an act
     * demanded of X (CAMEO 100 is "demands and orders"); a cognition verb with an object of its own ("must recognise
     * Kosovo") is still one.
     */
    private static boolean realisation(DependencyTree tree, int c) {
        return REALISE.contains(tree.lemma[c]) && tree.child(c, "obj") < 0;
    }

    /** The root of the speaker's act for obligation clause {@code c}: "10" (must), "02" (should), or null. */
    static String root(DependencyTree tree, int c) {
        for (int ch : tree.children(c)) {
            if (tree.rel[ch].equals("aux") && DUTY.containsKey(tree.lemma[ch])) {
                return DUTY.get(tree.lemma[ch]);
            }
        }
        return null;
    }
}
