package dateline.event;

import dateline.knowledge.TableFile;
import java.util.Locale;
import java.util.Set;

/**
 * Words said in a literary work: "'All is lost,' the poet once lamented in a poem", "she mocked the regime in a
 * song". A line of a poem, a song or a novel is art, quoted as colour; it is no statement, appeal or complaint of a
 * party to anyone. The genres are data: {@code dateline/event/literary-works.txt}.
 */
final class LiteraryWork {
    private static final Set<String> WORKS = TableFile.resource("dateline/event/literary-works.txt").words(true);

    private LiteraryWork() {
    }

    /** Why the act at {@code t} is said in a literary work, or null. */
    static String why(DependencyTree tree, int t) {
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].startsWith("obl") && "in".equals(tree.preposition(ch))
                    && WORKS.contains(tree.lemma[ch].toLowerCase(Locale.ROOT))) {
                return "said in a " + tree.token(ch).word() + " (a literary work), not an act of a party";
            }
        }
        return null;
    }
}
