package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * An act that an appeal or a demand asks for, below the act the frame rules embed: "called for Russia to reciprocate
 * by agreeing to a ceasefire", "after calls for rearming Europe and boosting aid for Kyiv", "urged Iran to respond
 * by releasing the prisoners". CAMEO codes the appeal (02x) or demand (10x) of the one who asks, never the act
 * asked for as done by its doer. The frame rules ({@code frames.tsv}) keep the asked act's sub-code for the appeal;
 * this rule drops the acts the asked act leads to ("by agreeing") and those asked for by a noun ("calls for").
 */
final class CalledForAct {
    /** Words of asking, verbs and nouns, whose "for" phrase or complement names the act asked for. */
    private static final Set<String> ASKING = Set.of("call", "appeal", "plea", "plead", "demand", "request", "urge",
            "ask", "press", "push", "lobby", "campaign", "petition", "clamor", "clamour");
    /** Relations by which an act asked for leads to further acts of the same asking ("reciprocate by agreeing"). */
    private static final Set<String> LEADS_TO = Set.of("advcl", "xcomp", "conj", "amod", "acl");

    private CalledForAct() {
    }

    /** Why the act at {@code t} is only asked for, or null. */
    static String why(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 6; guard++) {
            int h = tree.head[cur];
            if (h < 0) {
                return null;
            }
            if (asks(tree, h) && askedBy(tree, cur, h)) {
                return "asked for ('" + tree.token(h).word() + " ... " + tree.token(t).word()
                        + "'): the appeal is coded, not the act asked for";
            }
            if (!LEADS_TO.contains(tree.rel[cur]) || tree.rel[cur].equals("advcl")
                    && tree.child(cur, "nsubj", "nsubj:pass") >= 0) {
                // Another clause, or a thing named: "calls for an end to the shelling" (the shelling took place).
                return null;
            }
            cur = h;
        }
        return null;
    }

    private static boolean asks(DependencyTree tree, int h) {
        return ASKING.contains(tree.lemma[h].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code k}, a dependent of asking word {@code h}, is what is asked: a "for" phrase or clause ("calls
     * for boosting aid", "called for Russia to reciprocate"), or the complement of an asking verb ("urged Iran to
     * respond").
     */
    private static boolean askedBy(DependencyTree tree, int k, int h) {
        String r = tree.rel[k];
        if ((r.equals("xcomp") || r.equals("ccomp")) && tree.token(h).isVerb()) {
            return true;
        }
        if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advcl") || r.equals("acl"))) {
            return false;
        }
        for (int ch : tree.children(k)) {
            boolean marker = tree.rel[ch].equals("case") || tree.rel[ch].equals("mark");
            if (marker && tree.lemma[ch].equalsIgnoreCase("for")) {
                return true;
            }
        }
        return false;
    }
}
