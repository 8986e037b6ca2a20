package dateline.event;

import java.util.Set;

/**
 * A warning is a threat (CAMEO 130, "coercive or forceful warnings with serious potential repercussions") only when
 * the harm it announces is the source's own: "warned it would retaliate", "warned of severe consequences", "warned
 * that its bases are at risk if it is sanctioned". A warning of a third party's act or of a danger ("warned of a
 * possible IS resurgence", "warned that rising debt could trigger a crisis") and a stated position ("'Cherry
 * picking is not an option,' he warned") express a "negative outlook": 012, make a pessimistic comment.
 *
 * <p>Applies to the warning verb's own 130 (the imported WARN default); a frame with an embedded act ("warned
 * Syria that it would strike", 138) is coded from that act and left alone.
 */
final class WarningWithoutThreat {
    private static final Set<String> WARN = Set.of("warn", "caution");
    /** Harm a source announces as its own answer. */
    private static final Set<String> HARM = Set.of("consequence", "consequences", "repercussion", "repercussions",
            "retaliation", "retaliate", "reprisal", "response", "respond", "punishment", "punish", "price",
            "countermeasure", "countermeasures", "measure", "measures", "action", "sanction", "sanctions", "force");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "me");
    private static final Set<String> PRONOUN = Set.of("it", "they", "he", "she");
    private static final Set<String> MODAL = Set.of("will", "would", "could", "may", "might", "shall", "can", "'ll");
    private static final Set<String> CONDITION = Set.of("if", "unless");

    private WarningWithoutThreat() {
    }

    /**
     * {@code code} for the act at {@code t}, or 012 when it is a warning with no harm of the source's own;
     * {@code untargeted}: the warning names no party as its target.
     */
    static String refine(DependencyTree tree, int t, String code, boolean framed, boolean untargeted) {
        if (framed || !"130".equals(code) || !WARN.contains(tree.lemma[t])) {
            return code;
        }
        for (int ch : tree.children(t)) {
            String p = tree.preposition(ch);
            if ((tree.rel[ch].startsWith("obl") || tree.rel[ch].startsWith("nmod")) && ("of".equals(p) || "about".equals(p))) {
                return HARM.contains(tree.lemma[ch]) || anyBelow(tree, ch, HARM, 2) ? code : "012";
            }
        }
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("ccomp") || tree.rel[ch].equals("parataxis")) {
                return ownHarm(tree, t, ch) ? code : "012";
            }
        }
        // The parser sometimes takes the warned clause's subject for the warning's object and hangs the clause
        // elsewhere ("officials warn [it] is too big to put out", "cautioned [the ban] should not add a burden"): an
        // object that names no party, with no word of harm and no condition after the warning, warns of a danger.
        int object = tree.child(t, "obj");
        if (untargeted && object >= 0 && !harmOrConditionAfter(tree, t) && !ownActAfter(tree, t, object)) {
            return "012";
        }
        return code;
    }

    /**
     * The object is a pronoun or first person followed by a modal: the warner's own act, as in a clause ("is warning
     * [it] could turn to Russia").
     */
    private static boolean ownActAfter(DependencyTree tree, int t, int object) {
        String o = tree.word[object].toLowerCase(java.util.Locale.ROOT);
        if (!PRONOUN.contains(o) && !FIRST_PERSON.contains(o)) {
            return false;
        }
        for (int k = object + 1; k < tree.size(); k++) {
            if (MODAL.contains(tree.lemma[k].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmOrConditionAfter(DependencyTree tree, int t) {
        for (int k = t + 1; k < tree.size(); k++) {
            String l = tree.lemma[k].toLowerCase(java.util.Locale.ROOT);
            if (HARM.contains(l) || CONDITION.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** The clause at {@code c}, said by the warner at {@code t}, announces harm of the warner's own. */
    private static boolean ownHarm(DependencyTree tree, int t, int c) {
        if (harmBesideSubject(tree, c) || conditional(tree, c)) {
            return true;
        }
        int subject = tree.child(c, "nsubj", "nsubj:pass", "csubj", "expl");
        if (subject < 0) {
            return true; // no subject of its own: the warner's ("warned to stop"), left as it was
        }
        String s = tree.word[subject].toLowerCase(java.util.Locale.ROOT);
        if (FIRST_PERSON.contains(s)) {
            return true;
        }
        if (PRONOUN.contains(s) || tree.rel[subject].equals("nsubj:pass") && !byAgent(tree, c)) {
            // "warned it would retaliate", "is warning it could turn to Russia", and a passive with no agent,
            // "warned that terrorists will not be spared": an act the warner announces.
            for (int ch : tree.children(c)) {
                if (tree.rel[ch].equals("aux") && MODAL.contains(tree.lemma[ch].toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        int warner = tree.child(t, "nsubj");
        return warner >= 0 && tree.lemma[warner].equals(tree.lemma[subject]);
    }

    /** A word of harm below the clause, outside its subject ("the government's actions would divide" is no action). */
    private static boolean harmBesideSubject(DependencyTree tree, int c) {
        for (int ch : tree.children(c)) {
            if (!tree.rel[ch].startsWith("nsubj") && !tree.rel[ch].startsWith("csubj")
                    && (HARM.contains(tree.lemma[ch].toLowerCase(java.util.Locale.ROOT)) || anyBelow(tree, ch, HARM, 2))) {
                return true;
            }
        }
        return HARM.contains(tree.lemma[c].toLowerCase(java.util.Locale.ROOT));
    }

    /** The passive clause at {@code c} names its agent ("by X"). */
    private static boolean byAgent(DependencyTree tree, int c) {
        for (int ch : tree.children(c)) {
            if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch))) {
                return true;
            }
        }
        return false;
    }

    /** An "if" or "unless" clause below the clause: a condition the warner sets. */
    private static boolean conditional(DependencyTree tree, int c) {
        for (int ch : tree.children(c)) {
            if (tree.rel[ch].equals("advcl")) {
                int mark = tree.child(ch, "mark");
                if (mark >= 0 && CONDITION.contains(tree.lemma[mark].toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyBelow(DependencyTree tree, int node, Set<String> words, int depth) {
        if (depth == 0) {
            return false;
        }
        for (int ch : tree.children(node)) {
            if (tree.rel[ch].equals("advcl") || tree.rel[ch].equals("acl:relcl")) {
                continue;
            }
            if (words.contains(tree.lemma[ch].toLowerCase(java.util.Locale.ROOT)) || anyBelow(tree, ch, words, depth - 1)) {
                return true;
            }
        }
        return false;
    }
}
