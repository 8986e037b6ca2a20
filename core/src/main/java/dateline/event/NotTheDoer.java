package dateline.event;

import java.util.Set;

/**
 * Parties a noun of an act names that never did the act: the victims it is "of" ("mourning for the victims of the
 * market bombing": the victims suffered the bombing), and whoever only talks about it, as the subject of a verb of
 * attributing, judging or recalling with the act as object ("the minister blamed the attack on X", "linking the
 * raid with X", "condemned the shelling"): those verbs are not the light verbs ("carried out the attack", "held
 * talks") whose subject does the act their object names.
 */
final class NotTheDoer {
    /** Nouns of the people an act was done to. */
    private static final Set<String> VICTIMS = Set.of("victim", "casualty", "survivor");

    /** Verbs whose subject speaks of, judges or suffers the act their object names, without doing it. */
    private static final Set<String> ABOUT_THE_ACT = Set.of("link", "blame", "attribute", "connect", "tie",
            "accuse", "allege", "deny", "suspect", "condemn", "denounce", "deplore", "mourn", "investigate", "probe",
            "survive", "recall", "remember", "commemorate");

    private NotTheDoer() {
    }

    /** The victim noun that noun {@code t} is the "of" phrase of ("the victims of the attack"), or -1. */
    static int victimsOf(DependencyTree tree, int t) {
        int h = tree.head[t];
        if (h < 0 || !tree.token(t).isNoun() || !tree.rel[t].startsWith("nmod") || !"of".equals(tree.preposition(t))) {
            return -1;
        }
        return VICTIMS.contains(tree.lemma[h]) ? h : -1;
    }

    /** Whether verb {@code v}'s subject only speaks of, judges or suffers the act its object names. */
    static boolean aboutTheAct(DependencyTree tree, int v) {
        return tree.token(v).isVerb() && ABOUT_THE_ACT.contains(tree.lemma[v]);
    }
}
