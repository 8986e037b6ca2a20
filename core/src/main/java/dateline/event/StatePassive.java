package dateline.event;

import java.util.Locale;

/**
 * A participle that states a disposition, read by the parser as a passive: "the government is committed to reform",
 * "they are prepared to negotiate", "Iran is determined to respond". Its passive subject holds the disposition and is
 * the doer of the frame, as the subject of "is willing to" is; nothing was done to it. Only for the participles that
 * {@code frames.tsv} lists as adjective frames, and only with no "by" agent ("was prepared by experts" is a true
 * passive).
 */
final class StatePassive {
    private StatePassive() {
    }

    /** The adjective frame of participle {@code i}, or null if {@code i} is no such stative participle. */
    static Frames.Verb frame(DependencyTree tree, int i, Frames frames) {
        if (!tree.token(i).pos().equals("VBN") || tree.child(i, "nsubj:pass") < 0) {
            return null;
        }
        Frames.Verb v = frames.verb(tree.token(i).word().toLowerCase(Locale.ROOT));
        if (v == null || !v.adjective()) {
            return null;
        }
        for (int ch : tree.children(i)) {
            if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch))) {
                return null;
            }
        }
        return v;
    }

    /** The holder of the disposition of stative participle {@code i}: its passive subject, or -1. */
    static int holder(DependencyTree tree, int i, Frames frames) {
        return frame(tree, i, frames) == null ? -1 : tree.child(i, "nsubj:pass");
    }
}
