package dateline.event;

import dateline.knowledge.TableFile;
import java.util.Set;

/**
 * Whether an act of a listed subject with no other party is done by each member to the other: a reciprocal verb
 * ({@code reciprocal-verbs.txt}: "Kenya and Somalia clashed", "the two leaders disagreed", after Levin's verbs of
 * social interaction, for which "X and Y V" means "X V with Y") or any verb whose object is a reciprocal pronoun
 * ("they accused each other", "blamed one another"). The cooperative roots are mutual by their root already
 * ({@code CameoRoot#mutual}); this covers the others, whose coordinated subject otherwise acts on no one.
 */
final class ReciprocalAct {
    private static final Set<String> VERBS = TableFile.resource("dateline/event/reciprocal-verbs.txt").words(true);

    private ReciprocalAct() {
    }

    /**
     * Whether verb trigger {@code i}, active, is reciprocal by its lemma (with no object of its own) or by a
     * reciprocal pronoun as its object.
     */
    static boolean reciprocal(DependencyTree tree, int i) {
        if (tree.token(i).isNoun() || tree.isPassive(i)) {
            return false;
        }
        int obj = tree.child(i, "obj");
        if (obj >= 0) {
            return eachOther(tree, obj);
        }
        // "X and Y struggled to contain it", "X and Y argued that ...": the complement is the act or the claim, not
        // an interaction between them; only a question they disagree "about" or "over" stays one.
        int comp = tree.child(i, "xcomp", "ccomp");
        if (comp >= 0 && (tree.rel[comp].equals("xcomp") || !overQuestion(tree, i, comp))) {
            return false;
        }
        return VERBS.contains(tree.lemma[i]);
    }

    /** Whether verb {@code i}'s object is a reciprocal pronoun: "accused each other (of ...)". */
    static boolean eachOtherObject(DependencyTree tree, int i) {
        int obj = tree.child(i, "obj");
        return obj >= 0 && !tree.token(i).isNoun() && eachOther(tree, obj);
    }

    /** Whether "about" or "over" stands between verb {@code i} and its complement {@code comp}. */
    private static boolean overQuestion(DependencyTree tree, int i, int comp) {
        for (int k = i + 1; k < comp; k++) {
            if (tree.lemma[k].equals("about") || tree.lemma[k].equals("over")) {
                return true;
            }
        }
        return false;
    }

    /** "each other", "one another": the object pronoun whose referent is the subject's members, each to each. */
    private static boolean eachOther(DependencyTree tree, int obj) {
        String w = tree.word[obj].toLowerCase(java.util.Locale.ROOT);
        if (!w.equals("other") && !w.equals("another")) {
            return false;
        }
        for (int c : tree.children(obj)) {
            String d = tree.word[c].toLowerCase(java.util.Locale.ROOT);
            if (w.equals("other") && d.equals("each") || w.equals("another") && d.equals("one")) {
                return true;
            }
        }
        // CoreNLP may attach "each" as the verb's own dependent or as a det of "other" tagged as a compound.
        return obj > 0 && (w.equals("other") && tree.word[obj - 1].equalsIgnoreCase("each")
                || w.equals("another") && tree.word[obj - 1].equalsIgnoreCase("one"));
    }
}
