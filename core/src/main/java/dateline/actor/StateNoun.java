package dateline.actor;

import dateline.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * A demonym before the noun "state" that ends its phrase ("an insurgency against the Pakistani state") names that
 * country's government, as "the Pakistani government" does: CAMEO codes the state as a political actor its GOV. Before
 * another noun it is an adjective of that noun ("Chinese state media", "the Iranian state broadcaster"), which this
 * leaves alone; "Islamic State" is a name the dictionary matches whole, with no demonym in it.
 */
final class StateNoun {
    /** The rule recorded on the actor: a sector noun with its country, like "the Iranian government". */
    static final String RULE = Found.AGENT_COUNTRY.label();

    private StateNoun() {
    }

    /** Whether token {@code at} is the noun "state" and the last noun of its phrase. */
    static boolean follows(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).pos().equals("NN")
                || !tokens.get(at).word().toLowerCase(Locale.ROOT).equals("state")) {
            return false;
        }
        return at + 1 >= tokens.size() || !tokens.get(at + 1).pos().startsWith("NN")
                && !tokens.get(at + 1).pos().startsWith("JJ") && !tokens.get(at + 1).pos().equals("HYPH");
    }
}
