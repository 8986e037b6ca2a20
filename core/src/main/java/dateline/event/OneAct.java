package dateline.event;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Two events of one sentence that name one act, so that only one is coded. CAMEO codes an act once, by its doer and
 * the party it is aimed at; a second event from another word of the same act adds a duplicate, usually with worse
 * arguments. Three grammatical cases:
 * <ul>
 * <li>an act inside what an intent, appeal or demand frame embeds, below the action the frame codes ("plans to urge
 * the ministers to focus on ending the war"): only the outermost act is coded, the frame's;</li>
 * <li>a report or announcement of intent whose content clause is itself coded as intent ("announced plans that the
 * premier will visit Oman", "unveiled a plan to build a port for Ghana"): one stated intent, the event with the
 * better arguments (a named target), the content's on a tie, as it carries the specific sub-code;</li>
 * <li>a participle of result after a coded attack ("detonated a bomb at the base, injuring four soldiers"): the
 * injuring is what the bombing did, so one attack, the event with a named target, the attack's on a tie.</li>
 * </ul>
 */
final class OneAct {
    /** Roots of force: assault, fight, mass violence (CAMEO 18 to 20). */
    private static final Set<String> FORCE = Set.of("18", "19", "20");
    /** Clause links a walk from an embedded act up to the verb that embeds it crosses. */
    private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "conj", "obj",
            "obl", "nmod");
    /**
     * Prepositions of a noun that names what a verb is about ("appealed for aid", "agreed on a truce"); not of
     * an act beside it ("pledged support during a visit", "sought aid at a conference it hosted").
     */
    private static final Set<String> EMBEDDED_BY = Set.of("for", "on", "of", "to");

    private OneAct() {
    }

    /**
     * Why the event at trigger {@code t} (code {@code code}, with or without target) is the same act as the event at
     * trigger {@code o} and is the one to drop, or null. {@code frameVerb} tells an intent, appeal or demand verb.
     */
    static String why(DependencyTree tree, int t, String code, boolean hasTarget, int o, String otherCode,
            boolean otherHasTarget, Predicate<String> frameVerb) {
        if (t == o || code == null || otherCode == null) {
            return null;
        }
        String root = code.substring(0, 2);
        String otherRoot = otherCode.substring(0, 2);
        if (FORCE.contains(root) && root.equals(otherRoot)) {
            // Of one root only: "attacked the train, taking hostages" is an attack and an abduction (181), two acts.
            return resultOf(tree, t, o, hasTarget, otherHasTarget);
        }
        if (frameVerb.test(tree.lemma[o]) && embeds(tree, o, t, false)) {
            // A frame already codes what it embeds ("agreed to share intelligence and cooperate": 0314); the acts
            // below it are neither done nor a second intent.
            return "inside what '" + tree.token(o).word() + "' embeds: only the outermost act is coded";
        }
        if (frameVerb.test(tree.lemma[t]) && embeds(tree, t, o, false)) {
            return null; // the other one goes
        }
        if (root.equals("03") && otherRoot.equals("03")) {
            // The pair is an announcement and its content either way round: decide by the arguments.
            if (embeds(tree, o, t, true) && (otherHasTarget || !hasTarget)) {
                return hasTarget == otherHasTarget ? null : "one stated intent with '" + tree.token(o).word()
                        + "', which names the target";
            }
            if (embeds(tree, t, o, true) && !(hasTarget && !otherHasTarget)) {
                return "one stated intent: the content '" + tree.token(o).word() + "' of '" + tree.token(t).word()
                        + "' is coded" + (otherHasTarget && !hasTarget ? " with its target" : "");
            }
            return null;
        }
        return null;
    }

    /**
     * Whether {@code t} lies in what {@code o} embeds: walking up from {@code t} through complements, adverbial and
     * noun-modifying clauses, objects and joined verbs without a subject of their own reaches {@code o}. A relative
     * clause counts only for {@code content} (the content of "plans that ..."): below a demand, "the attacks that
     * killed" tell a done act.
     */
    static boolean embeds(DependencyTree tree, int o, int t, boolean content) {
        int cur = t;
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            String r = tree.rel[cur];
            int h = tree.head[cur];
            if (h < 0 || !EMBEDDING.contains(r) || r.equals("acl:relcl") && !content) {
                return false;
            }
            boolean clause = tree.token(cur).isVerb();
            if (clause && !r.equals("acl:relcl") && !r.equals("ccomp")
                    && tree.child(cur, "nsubj", "nsubj:pass", "csubj") >= 0) {
                return false; // "agreed to talks after Russia attacked": another clause with its own doer
            }
            String prep = tree.preposition(cur);
            if ((r.equals("obl") || r.equals("nmod")) && (clause || prep == null || !EMBEDDED_BY.contains(prep))
                    || r.equals("conj") && h == o) {
                return false; // "is considering sanctions and warned": a second act beside the first, not in it
            }
            cur = h;
            if (cur == o) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the attack at {@code t} is the same as the attack at {@code o}, one being a participle of result of the
     * other ("detonated the bomb, injuring four"), and the one to drop, or null.
     */
    private static String resultOf(DependencyTree tree, int t, int o, boolean hasTarget, boolean otherHasTarget) {
        boolean tParticiple = participleOf(tree, t, o);
        boolean oParticiple = participleOf(tree, o, t);
        if (!tParticiple && !oParticiple || hasTarget && otherHasTarget) {
            return null;
        }
        if (hasTarget && !otherHasTarget) {
            return null; // the other one goes
        }
        if (!hasTarget && otherHasTarget || tParticiple) {
            return "the same attack as '" + tree.token(o).word() + "' (" + (tParticiple ? "a participle of its result"
                    : "whose result it names") + ")" + (otherHasTarget ? ", coded there with its target" : "");
        }
        return null;
    }

    /** Whether {@code p} is an "-ing" participle without a subject hanging on verb {@code v}, or joined to one. */
    private static boolean participleOf(DependencyTree tree, int p, int v) {
        int cur = p;
        for (int guard = 0; guard < 3 && cur >= 0; guard++) {
            if (!tree.token(cur).pos().equals("VBG") || tree.child(cur, "nsubj", "nsubj:pass", "mark") >= 0) {
                return false;
            }
            String r = tree.rel[cur];
            int h = tree.head[cur];
            // On the verb, or on its object or place, where the parser often hangs it ("near a convoy, killing").
            boolean onVerb = h == v || h >= 0 && tree.isNominal(h) && tree.head[h] == v;
            if (onVerb && (r.equals("advcl") || r.equals("xcomp") || r.equals("dep") || r.equals("conj"))) {
                return true;
            }
            if (!r.equals("conj") || h < 0) {
                return false;
            }
            cur = h; // "killing one and injuring four": the second participle joined to the first
        }
        return false;
    }
}
