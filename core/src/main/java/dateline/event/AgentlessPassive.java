package dateline.event;

import java.util.HashMap;
import java.util.Map;

/**
 * Events with an unnamed source: an agentless passive ("Two journalists were arrested in Cairo", "X has been accused
 * of spying") reports an act and the party it was done to, but not the doer. Per CAMEO root or code, as data
 * ({@code dateline/event/unnamed-source.tsv}, with the reason from the codebook), whether such an event is coded
 * with no source: only acts done to someone are; a statement, appeal or intent needs its speaker.
 */
final class AgentlessPassive {
    private final Map<String, Boolean> unnamed;

    private AgentlessPassive(Map<String, Boolean> unnamed) {
        this.unnamed = Map.copyOf(unnamed);
    }

    /** The bundled policy. */
    static AgentlessPassive bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final AgentlessPassive BUNDLED = read("unnamed-source.tsv");
    }

    /** Whether an event of {@code code} may be coded with an unnamed source. */
    boolean sourceOptional(String code) {
        if (code == null) {
            return false;
        }
        for (int n = code.length(); n >= 2; n--) {
            Boolean u = unnamed.get(code.substring(0, n));
            if (u != null) {
                return u;
            }
        }
        return false;
    }

    /**
     * Why the trigger at {@code i} has no named doer, or null if it may have one: a passive verb with no subject of
     * its own and no "by" agent ({@code subject} is the token {@link ArgumentFinder#subjectToken} found, or -1).
     * A by-phrase names the doer even when it is no actor ("killed by a car bomb"), so it is never agentless.
     */
    static String why(DependencyTree tree, int i, int subject) {
        boolean passive = tree.child(i, "nsubj:pass") >= 0 && tree.child(i, "aux:pass") >= 0
                || tree.describedSubject(i) >= 0; // "is dead, killed in an airstrike"
        if (subject >= 0 || !tree.token(i).pos().startsWith("VB") || !passive) {
            return null;
        }
        return "agentless passive '" + tree.token(i).word() + "': the doer is not named";
    }

    static AgentlessPassive read(String resource) {
        Map<String, Boolean> m = new HashMap<>();
        for (EventTable.Row row : EventTable.read(resource)) {
            String[] f = row.fields();
            if (f[0].equals("root")) {
                continue;
            }
            if (f.length < 2 || f[0].length() < 2 || !f[1].matches("unnamed|named")) {
                throw new IllegalStateException(resource + ":" + row.line()
                        + ": expected 'root<TAB>unnamed|named'");
            }
            m.put(f[0], f[1].equals("unnamed"));
        }
        return new AgentlessPassive(m);
    }
}
