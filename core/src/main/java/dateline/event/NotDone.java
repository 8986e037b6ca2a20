package dateline.event;

import java.util.Set;

/**
 * Acts that the noun phrase around the trigger marks as not done:
 *
 * <ul>
 *   <li>what a document says when the document was blocked ("vetoed a resolution calling for a ceasefire",
 *       "blocked a statement condemning the coup"): a text that was not adopted calls for or condemns nothing;</li>
 *   <li>an act named as a prospect, hope or chance ("pessimistic about the prospects for talks", "hopes of a
 *       deal"): a possibility, not an event;</li>
 *   <li>an act whose object is negated by its determiner ("imposed no sanctions", "signed no agreement"): the
 *       negation sits on the noun, not the verb, but it says the act was not done.</li>
 * </ul>
 */
final class NotDone {
    private static final Set<String> BLOCKING = Set.of("veto", "block", "reject", "oppose", "defeat", "scuttle");
    private static final Set<String> DOCUMENTS = Set.of("resolution", "draft", "statement", "declaration", "text",
            "motion", "bill", "proposal");
    private static final Set<String> PROSPECTS = Set.of("prospect", "prospects", "hope", "hopes", "chance", "chances",
            "possibility", "likelihood");
    private static final Set<String> NONE = Set.of("no");

    private NotDone() {
    }

    /** Why the act at {@code t} is not done, or null when nothing around it says so. */
    static String why(DependencyTree tree, int t) {
        int h = tree.head[t];
        if (h < 0) {
            return null;
        }
        if (tree.rel[t].startsWith("acl") && tree.token(t).isVerb() && DOCUMENTS.contains(tree.lemma[h])
                && (tree.rel[h].equals("obj") || tree.rel[h].equals("nsubj:pass")) && tree.head[h] >= 0
                && BLOCKING.contains(tree.lemma[tree.head[h]])) {
            return "what a " + tree.word[h] + " says that was blocked ('" + tree.word[tree.head[h]] + "'), not said";
        }
        if (tree.token(t).isNoun() && tree.rel[t].startsWith("nmod") && PROSPECTS.contains(tree.lemma[h])) {
            return "a " + tree.word[h] + " of it, not an act done";
        }
        return null;
    }

    /**
     * Why verb {@code t}'s act is not done because its object is negated by its determiner ("imposed no sanctions",
     * "signed no agreement"), or null. A pattern that names "no" itself codes the negated object as its act ("gave
     * no information" declines comment, 011), so it is kept.
     */
    static String negatedObject(DependencyTree tree, int t, Pattern pattern) {
        if (!tree.token(t).isVerb()
                || pattern.constraints().stream().anyMatch(c -> c.words().stream().anyMatch(NONE::contains))) {
            return null;
        }
        for (int o : tree.children(t)) {
            int det = tree.rel[o].equals("obj") ? tree.child(o, "det") : -1;
            if (det >= 0 && NONE.contains(tree.lemma[det])) {
                return "its object '" + tree.word[o] + "' is negated ('" + tree.word[det] + "'), not done";
            }
        }
        return null;
    }
}
