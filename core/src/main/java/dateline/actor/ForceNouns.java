package dateline.actor;

import dateline.knowledge.TableFile;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns naming an act of force ("shelling", "air strike", "raid"; CAMEO roots 18 to 20), from
 * {@code force-nouns.txt}. A demonym before one names who did it ("Israeli shelling" is Israel's), where before
 * another noun it is a plain adjective ("Iranian currency").
 */
public final class ForceNouns {
    private static final class Holder {
        static final ForceNouns BUNDLED = new ForceNouns(TableFile.resource("dateline/actor/force-nouns.txt")
                .words(true));
    }

    private final Set<String> words;

    private ForceNouns(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled list. */
    public static ForceNouns bundled() {
        return Holder.BUNDLED;
    }

    /** Whether {@code word} (any case) names an act of force. */
    public boolean contains(String word) {
        return word != null && words.contains(word.toLowerCase(Locale.ROOT));
    }
}
