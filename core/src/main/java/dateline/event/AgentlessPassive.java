package dateline.event;

/**
 * Events with an unnamed source: an agentless passive ("Two journalists were arrested in Cairo", "X has been accused
 * of spying"), as the victims of an act ("the victims of the bombing"), report an act and the party it was done to,
 * but not the doer. Per CAMEO root or code, as data
 * (the {@code source} column of {@code dateline/event/roots.tsv}, read by {@link RootPolicy#sourceOptional}), whether
 * such an event is coded with no source: only acts done to someone are; a statement, appeal or intent needs its
 * speaker.
 */
final class AgentlessPassive {
    private AgentlessPassive() {
    }

    /**
     * Why the trigger at {@code i} has no named doer, or null if it may have one: a passive verb with no subject of
     * its own and no "by" agent ({@code subject} is the token {@link ArgumentFinder#subjectToken} found, or -1).
     * A by-phrase names the doer even when it is no actor ("killed by a car bomb"), so it is never agentless.
     */
    static String why(DependencyTree tree, int i, int subject) {
        boolean passive = tree.child(i, "nsubj:pass") >= 0 && tree.child(i, "aux:pass") >= 0
                || tree.describedSubject(i) >= 0; // "is dead, killed in an airstrike"
        if (subject < 0 && NotTheDoer.victimsOf(tree, i) >= 0) {
            // "the victims of the bombing": the act and whom it was done to are named, the doer is not.
            return "the victims of '" + tree.token(i).word() + "': the doer is not named";
        }
        if (subject >= 0 || !tree.token(i).pos().startsWith("VB") || !passive) {
            return null;
        }
        return "agentless passive '" + tree.token(i).word() + "': the doer is not named";
    }
}
