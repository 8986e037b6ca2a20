package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * A relative clause that describes a person by a past role: "a former envoy who had negotiated with Pyongyang",
 * "an ex-general who commanded the troops". The clause tells who the person is (a career), not an event of the
 * news; CAMEO codes events, so the act in it is not coded.
 */
final class CareerClause {
    /** Modifiers that make a title a past role. */
    private static final Set<String> PAST_ROLE = Set.of("former", "ex", "ex-", "retired", "onetime", "erstwhile");

    private CareerClause() {
    }

    /** Why the act at {@code t} is a description of a past role, or null. */
    static String why(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 3 && cur >= 0 && tree.rel[cur].equals("conj"); guard++) {
            cur = tree.head[cur];
        }
        if (cur < 0 || !tree.rel[cur].equals("acl:relcl") || tree.head[cur] < 0) {
            return null;
        }
        int noun = tree.head[cur];
        for (int ch : tree.children(noun)) {
            String r = tree.rel[ch];
            if ((r.equals("amod") || r.equals("compound") || r.equals("advmod"))
                    && PAST_ROLE.contains(tree.lemma[ch].toLowerCase(Locale.ROOT))) {
                return "a past role of the '" + tree.token(ch).word() + " " + tree.token(noun).word()
                        + "' (a career), not an event";
            }
        }
        return null;
    }
}
