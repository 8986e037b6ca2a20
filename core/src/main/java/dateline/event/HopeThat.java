package dateline.event;

/**
 * A hope that a clause with its own subject comes true is an optimistic comment (CAMEO 013 "Express optimism"), not
 * an intent: "Senegal hopes that Gambia will hold elections" commits Senegal to nothing, and the act hoped for is
 * Gambia's. Only "hope to" (no subject of its own) keeps the intent frame ("hopes to sign the deal", 03).
 */
final class HopeThat {
    private HopeThat() {
    }

    /** The verb at {@code verb} is "hope" with a clausal complement that has a subject of its own. */
    static boolean states(DependencyTree tree, int verb) {
        if (!tree.lemma[verb].equals("hope")) {
            return false;
        }
        for (int ch : tree.children(verb)) {
            if (tree.rel[ch].equals("ccomp")) {
                for (int sub : tree.children(ch)) {
                    if (tree.rel[sub].startsWith("nsubj")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
