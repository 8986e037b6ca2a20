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
        return s >= 0 && !Pronouns.bundled().isFirstPerson(tree.word[s]) && party.test(s) ? c : -1;
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
