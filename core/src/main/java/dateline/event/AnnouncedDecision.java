package dateline.event;

import dateline.cameo.CameoCode;
import java.util.Locale;
import java.util.Set;

/**
 * A cut in relations that a party announces as decided ("announced that it would cease military aid to Ukraine",
 * "decided that it would suspend cooperation") is the cut itself (CAMEO 16x), not a threat: a threat (13x) is a
 * warning of what the source may do, to coerce, while an announced decision is the act, reported in the past tense
 * ("would" is the reported "will"). The codebook's 131 sends non-force threats that are carried out to 160 to 166.
 *
 * <p>Only root 16 (reduce relations: aid, ties, cooperation, sanctions), only under a verb of announcing or deciding,
 * and only for the announcer's own act (its subject is the announcer or a pronoun for it); a condition ("would cut
 * aid if") or a negation keeps the act unrealised.
 */
final class AnnouncedDecision {
    private static final Set<String> DECIDE = Set.of("announce", "confirm");
    private static final Set<String> PRONOUN = Set.of("it", "they", "he", "she", "we", "i");

    private AnnouncedDecision() {
    }

    /** Whether the future act of code {@code code} at {@code t} is an announced decision, done as announced. */
    static boolean madeNow(DependencyTree tree, int t, String code, Set<Event.Flag> flags) {
        if (code == null || !CameoCode.rootOf(code).equals("16") || flags.contains(Event.Flag.NEGATED)
                || flags.contains(Event.Flag.HYPOTHETICAL)) {
            return false;
        }
        int c = t;
        if (tree.rel[c].equals("conj") && tree.head[c] >= 0) {
            c = tree.head[c]; // "would cease aid and halt intelligence sharing"
        }
        int h = tree.head[c];
        if (!tree.rel[c].equals("ccomp") || h < 0 || !DECIDE.contains(tree.lemma[h]) || !tree.token(h).isVerb()) {
            return false;
        }
        int subject = tree.child(c, "nsubj");
        int announcer = tree.child(h, "nsubj");
        if (subject < 0) {
            return false;
        }
        return PRONOUN.contains(tree.word[subject].toLowerCase(Locale.ROOT))
                || announcer >= 0 && tree.lemma[announcer].equals(tree.lemma[subject]);
    }
}
