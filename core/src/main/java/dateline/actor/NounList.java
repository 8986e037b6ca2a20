package dateline.actor;

import dateline.knowledge.TableFile;
import java.util.Locale;
import java.util.Set;

/**
 * A list of nouns before which a demonym names a party, where before another noun it is a plain adjective
 * ("Iranian currency"). Two lists are bundled: acts of force ({@code force-nouns.txt}: "shelling", "air strike",
 * "raid"; CAMEO roots 18 to 20), whose demonym names the doer ("Israeli shelling" is Israel's), and a country's
 * property ({@code property-nouns.txt}: "building", "vessel", "airliner"), whose demonym names the owner ("the
 * Russian building" is Russia's).
 */
public final class NounList {
    private static final class Holder {
        static final NounList FORCE = load("dateline/actor/force-nouns.txt");
        static final NounList PROPERTY = load("dateline/actor/property-nouns.txt");
        static final NounList ACT = load("dateline/actor/act-nouns.txt");
        static final NounList TERRITORY = load("dateline/actor/territory-nouns.txt");
    }

    private final Set<String> words;

    private NounList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    private static NounList load(String resource) {
        return new NounList(TableFile.resource(resource).words(true));
    }

    /** Nouns naming an act of force. */
    public static NounList force() {
        return Holder.FORCE;
    }

    /** Nouns naming a country's property. */
    public static NounList property() {
        return Holder.PROPERTY;
    }

    /** Nouns naming a party's own act or decision ({@code act-nouns.txt}: "proposal", "bid", "sale"). */
    public static NounList act() {
        return Holder.ACT;
    }

    /** Nouns naming what only a state owns ({@code territory-nouns.txt}: "airspace", "waters", "border"). */
    public static NounList territory() {
        return Holder.TERRITORY;
    }

    /** Whether {@code word} (any case) is on the list. */
    public boolean contains(String word) {
        return word != null && words.contains(word.toLowerCase(Locale.ROOT));
    }
}
