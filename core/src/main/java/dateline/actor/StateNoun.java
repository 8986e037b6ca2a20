package dateline.actor;

import dateline.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * "The", a demonym and the noun "state" ending the phrase ("an insurgency against the Pakistani state") names that
 * country's government, as "the Pakistani government" does: CAMEO codes the state as a political actor its GOV. Before
 * another noun it is an adjective of that noun ("Chinese state media", "the Iranian state broadcaster"), which this
 * leaves alone; "Islamic State" is a name the dictionary matches whole, with no demonym in it.
 */
final class StateNoun {
    /** The rule recorded on the actor: a sector noun with its country, like "the Iranian government". */
    static final String RULE = Found.AGENT_COUNTRY.label();

    private StateNoun() {
    }

    /**
     * Whether token {@code at} is the noun "state", the last noun of a definite phrase the demonym opens at
     * {@code demonym}. Only "the": "one Australian state", "an Indian state", "the Indian state of Kerala" are a
     * country's constituent states, and "a Palestinian state" a state sought, none of them its government.
     */
    static boolean follows(List<Token> tokens, int demonym, int at) {
        if (demonym == 0 || !tokens.get(demonym - 1).word().equalsIgnoreCase("the")
                || at + 1 < tokens.size() && tokens.get(at + 1).word().equalsIgnoreCase("of")) {
            return false;
        }
        if (at >= tokens.size() || !tokens.get(at).pos().equals("NN")
                || !tokens.get(at).word().toLowerCase(Locale.ROOT).equals("state")) {
            return false;
        }
        return at + 1 >= tokens.size() || !tokens.get(at + 1).pos().startsWith("NN")
                && !tokens.get(at + 1).pos().startsWith("JJ") && !tokens.get(at + 1).pos().equals("HYPH");
    }
}
