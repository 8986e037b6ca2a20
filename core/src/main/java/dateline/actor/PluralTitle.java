package dateline.actor;

import dateline.nlp.Token;
import java.util.List;

/**
 * A title in the plural ("the foreign ministers", "Gulf defence ministers") names several people: never one office's
 * holder, so it is never resolved to the person holding that office in one country. It keeps the sector with the
 * country its own mention gives; with no country it is no actor (several holders of unknown countries).
 */
final class PluralTitle {
    private PluralTitle() {
    }

    /** Whether the agent ending before {@code agentEnd} is a plural noun. */
    static boolean at(List<Token> tokens, int agentEnd) {
        String pos = tokens.get(agentEnd - 1).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
    }
}
