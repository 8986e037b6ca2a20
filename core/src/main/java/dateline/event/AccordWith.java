package dateline.event;

/**
 * "agree with" a party or a view is accord (CAMEO 019 "Express accord: express common understanding, agreement,
 * or accord"), not an intent: "Chile agreed with Peru that the talks should resume" states what both think, it
 * commits Chile to nothing, and "agreed with Peru's position on the negotiations" is not an intent to negotiate.
 * Only a "to"-infinitive makes it a promise again ("agreed with Peru to reopen the border", 03).
 */
final class AccordWith {
    private AccordWith() {
    }

    /** The verb at {@code verb} is "agree" with a "with" phrase after it and no "to"-infinitive under it. */
    static boolean states(DependencyTree tree, int verb) {
        if (!tree.lemma[verb].equals("agree")) {
            return false;
        }
        boolean with = false;
        for (int ch : tree.children(verb)) {
            // After the verb: a fronted "With the cabinet's approval, X agreed" is no party agreed with.
            if (ch > verb && tree.rel[ch].startsWith("obl") && "with".equals(tree.preposition(ch))) {
                with = true;
            }
            if (tree.rel[ch].equals("xcomp") && infinitive(tree, ch)) {
                return false;
            }
        }
        return with;
    }

    private static boolean infinitive(DependencyTree tree, int clause) {
        for (int ch : tree.children(clause)) {
            if (tree.rel[ch].equals("mark") && tree.lemma[ch].equals("to")) {
                return true;
            }
        }
        return false;
    }
}
