package dateline.event;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * An allegation: "the US claimed that ISIL had attacked Iraq", "the report alleged that France helped to plan
 * the killings". The CAMEO codebook codes it as an accusation (112), and notes that "events coded under 112 are
 * allegations made by actors and do not in any way imply that the alleged events have taken place": the alleged
 * act is not coded as done. When the claim is about the claimant's own act ("the US claimed that they had
 * attacked Iraq", "the group claimed to have downed a drone") it is a claim of responsibility (015) for that act,
 * done to the act's target.
 */
final class Allegation {
    /** Verbs whose clause states an allegation (with "accuse", "charge", ... whose clause is a charge). */
    static final Set<String> VERBS = Set.of("allege", "claim");

    private Allegation() {
    }

    /** The clausal complement of allegation verb {@code v} ("claimed [that X had attacked]"), or -1. */
    static int clause(DependencyTree tree, int v) {
        if (!VERBS.contains(tree.lemma[v]) || !tree.token(v).isVerb()) {
            return -1;
        }
        for (int ch : tree.children(v)) {
            String r = tree.rel[ch];
            if ((r.equals("ccomp") || r.equals("xcomp")) && tree.token(ch).isVerb()) {
                return ch;
            }
        }
        return -1;
    }

    /**
     * The act the claimant of verb {@code v} claims as its own, or -1: the complement clause when it has no
     * subject of its own ("claimed to have downed a drone") or its subject is the claimant ({@code isSource}) or a
     * pronoun that names no other party ({@code namesOther} false: "the US claimed that they had attacked Iraq").
     */
    static int ownAct(DependencyTree tree, int v, IntPredicate isSource, IntPredicate namesOther) {
        int c = clause(tree, v);
        if (c < 0) {
            return -1;
        }
        int s = tree.child(c, "nsubj");
        if (s < 0) {
            return tree.rel[c].equals("xcomp") ? c : -1;
        }
        boolean pronoun = tree.token(s).pos().startsWith("PRP");
        return isSource.test(s) || pronoun && !namesOther.test(s) ? c : -1;
    }

    /**
     * Whether the act at {@code t} is alleged, not reported as done: it is the complement of an allegation verb
     * or of a verb of charging or denying ({@code charged}: "accused Iran of spying"), directly or through the
     * clauses joined to it or under it ("alleged that ISIL had attacked Iraq and taken Mosul", "alleged that the
     * military contributed to planning the killings"). Returns the verb, or -1.
     */
    static int allegedBy(DependencyTree tree, int t, Set<String> charged) {
        int cur = t;
        for (int guard = 0; guard < 5 && cur >= 0; guard++) {
            int h = tree.head[cur];
            String r = tree.rel[cur];
            if (h < 0) {
                return -1;
            }
            boolean clausal = r.equals("advcl") || r.equals("xcomp") || r.equals("ccomp") || r.startsWith("obl")
                    || r.equals("acl")
                    // "deny providing sanctuary": the parser may attach the gerund complement as a bare dep.
                    || r.equals("dep") && tree.token(cur).pos().equals("VBG");
            if (clausal && (charged.contains(tree.lemma[h]) || VERBS.contains(tree.lemma[h]))) {
                return h;
            }
            // Up through joined and embedded clauses, and verbs heading a phrase ("contributed to planning").
            boolean verbPhrase = (r.startsWith("obl") || r.equals("acl")) && tree.token(cur).isVerb();
            if (!(r.equals("conj") || r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl") || verbPhrase)) {
                return -1;
            }
            cur = h;
        }
        return -1;
    }
}
