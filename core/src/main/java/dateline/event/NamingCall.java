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
}
