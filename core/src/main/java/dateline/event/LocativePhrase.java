package dateline.event;

import dateline.knowledge.TableFile;
import java.util.Set;

/**
 * A phrase that places a verb's act at a spot ({@code locative-nouns.txt}): "on", "at" or "upon" before a noun
 * of a spot ("gunned down on the streets of New York City", "met on the sidelines of the summit"). The phrase
 * says where the act was done, so what it names ("New York City", "the summit") is no party to it.
 */
final class LocativePhrase {
    private static final Set<String> PREPOSITIONS = Set.of("on", "at", "upon");

    private static final class Holder {
        static final Set<String> NOUNS = TableFile.resource("dateline/event/locative-nouns.txt").words(true);
    }

    private LocativePhrase() {
    }

    /** Whether phrase {@code ch} of verb {@code t} places the act at a spot. */
    static boolean of(DependencyTree tree, int t, int ch) {
        return tree.token(t).isVerb() && PREPOSITIONS.contains(String.valueOf(tree.preposition(ch)))
                && Holder.NOUNS.contains(tree.lemma[ch].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether verb {@code t}'s clause names whom its act was done to: an object or passive subject that is a
     * person's name or a personal pronoun ("Alinejad was gunned down", "shot him"), resolved to an actor or not.
     * Then the place the act happened at ("in Lagos", "on the streets of X") never stands for its owner.
     */
    static boolean doneToSomeone(DependencyTree tree, int t) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            if (r.equals("obj") || r.equals("nsubj:pass")) {
                if ("PERSON".equals(tree.token(ch).ner()) || tree.token(ch).pos().equals("PRP")) {
                    return true;
                }
            }
        }
        return false;
    }
}
