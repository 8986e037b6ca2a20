package dateline.event;

/**
 * "call" followed by a clause that is no "to"-infinitive names or describes; it asks for nothing. An appeal
 * (CAMEO 02) calls on or for someone to act, its act a "to"-infinitive ("called on Peru to reopen the border",
 * "called for Chile to lift the tariffs"); "a militia called the Anti-Balaka fought back" names the militia, and
 * the parser's reading of "fought" as the complement of "called" makes no appeal of it.
 */
final class NamingCall {
    private NamingCall() {
    }

    /** The verb at {@code call} is "call" and its embedded clause at {@code embedded} is no "to"-infinitive. */
    static boolean names(DependencyTree tree, int call, int embedded) {
        if (!tree.lemma[call].equals("call") || !tree.token(embedded).pos().startsWith("VB")) {
            return false;
        }
        for (int ch : tree.children(embedded)) {
            if (tree.rel[ch].equals("mark") && tree.lemma[ch].equals("to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb at {@code call} is "call" with a predicate that is no verb: "called Canada one of the highest
     * tariffing nations", "calling it a gift", "calling him a war correspondent" name or judge their object; they
     * ask for nothing and telephone no one (the parser makes the predicate an {@code xcomp}, or a second object).
     */
    static boolean predicate(DependencyTree tree, int call) {
        if (!tree.lemma[call].equals("call")) {
            return false;
        }
        int objects = 0;
        for (int ch : tree.children(call)) {
            String r = tree.rel[ch];
            if (r.equals("xcomp") && !tree.token(ch).pos().startsWith("VB") && tree.child(ch, "mark") < 0) {
                return true;
            }
            if (r.equals("obj") || r.equals("iobj")) {
                objects++;
            }
        }
        return objects >= 2;
    }
}
