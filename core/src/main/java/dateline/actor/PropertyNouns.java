package dateline.actor;

import dateline.knowledge.TableFile;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns naming a country's property that acts of force or destruction are done to ("building", "vessel",
 * "airliner"), from {@code property-nouns.txt}. A demonym before one names whose it is ("the Russian building"
 * is Russia's), where before another noun it is a plain adjective ("Iranian currency").
 */
public final class PropertyNouns {
    private static final class Holder {
        static final PropertyNouns BUNDLED = new PropertyNouns(TableFile.resource(
                "dateline/actor/property-nouns.txt").words(true));
    }

    private final Set<String> words;

    private PropertyNouns(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled list. */
    public static PropertyNouns bundled() {
        return Holder.BUNDLED;
    }

    /** Whether {@code word} (any case) names a country's property. */
    public boolean contains(String word) {
        return word != null && words.contains(word.toLowerCase(Locale.ROOT));
    }
}
