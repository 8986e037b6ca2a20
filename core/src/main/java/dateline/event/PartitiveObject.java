package dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom a partitive object of a pronoun stands for ("killed 18 of them", "freed some of those on board"): a part of
 * the party an earlier verb joined to the trigger acted on. A clause never has its own subject as object, so the
 * pronoun stands for what the governing verb of the same subject was done to: its plural object or that object's
 * plural "of" noun ("stopped a convoy of migrants and detained 20 of them"), its plural party phrase, or what its
 * object carries ("ambushed a bus carrying soldiers and killed 18 of those on board"). The object's own number or
 * quantifier names no party; a singular noun never stands for "them".
 */
final class PartitiveObject {
    /** Plural pronouns a partitive "of" phrase takes. */
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these");
    /** Relations of a clause joined to its governor that shares the governor's subject. */
    private static final Set<String> JOINED = Set.of("conj", "advcl", "dep");
    /** Prepositions whose phrase names the party an act is done to or with. */
    private static final Set<String> PARTY_PREPS = Set.of("against", "with", "on", "toward", "towards");

    private PartitiveObject() {
    }

    /** The tokens object {@code o} of verb {@code t} stands for, best first (empty when it is no partitive). */
    static List<Integer> antecedents(DependencyTree tree, int t, int o) {
        List<Integer> out = new ArrayList<>();
        int q = pronoun(tree, o);
        int h = tree.head[t];
        if (q < 0 || h < 0 || h > t || !JOINED.contains(tree.rel[t]) || !tree.token(h).isVerb()
                || tree.child(t, "nsubj", "nsubj:pass") >= 0) {
            return out;
        }
        for (int ch : tree.children(h)) {
            if (!tree.rel[ch].equals("obj")) {
                continue;
            }
            if (plural(tree, ch)) {
                out.add(ch);
            }
            for (int n : tree.children(ch)) {
                if (tree.rel[n].startsWith("nmod") && "of".equals(tree.preposition(n)) && plural(tree, n)) {
                    out.add(n);
                }
            }
        }
        for (int ch : tree.children(h)) {
            if (tree.rel[ch].startsWith("obl") && PARTY_PREPS.contains(String.valueOf(tree.preposition(ch)))
                    && plural(tree, ch)) {
                out.add(ch);
            }
        }
        for (int ch : tree.children(h)) {
            if (tree.rel[ch].equals("obj")) {
                for (int cl : tree.children(ch)) {
                    int carried = tree.child(cl, "obj");
                    if (tree.rel[cl].equals("acl") && tree.token(cl).pos().equals("VBG") && carried >= 0) {
                        out.add(carried);
                    }
                }
            }
        }
        return out;
    }

    /** The plural pronoun of object {@code o}'s "of" phrase ("18 of them"), or -1. */
    private static int pronoun(DependencyTree tree, int o) {
        for (int ch : tree.children(o)) {
            if (tree.rel[ch].startsWith("nmod") && "of".equals(tree.preposition(ch))
                    && PRONOUNS.contains(tree.word[ch].toLowerCase(Locale.ROOT))) {
                return ch;
            }
        }
        return -1;
    }

    /** Whether noun {@code n} is plural or a coordination. */
    private static boolean plural(DependencyTree tree, int n) {
        String pos = tree.token(n).pos();
        return pos.equals("NNS") || pos.equals("NNPS") || pos.startsWith("NN") && tree.child(n, "conj") >= 0;
    }
}
