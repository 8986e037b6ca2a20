package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * Acts a clause names without an occasion on which they were done:
 *
 * <ul>
 *   <li>what it is (or is not) the time for: "now is not the time for the Council to consider sanctions relief",
 *       "it is time for Israel to withdraw". The infinitive on "time" or "moment" says what would be fitting, so
 *       a speaker's view of a course of action, not the act;</li>
 *   <li>a participle that names a category of people or things by a recurring practice: "the lists of prisoners
 *       pardoned by the king each year", "students detained by the police every spring". The phrase says who is
 *       meant, not what was done on an occasion of this story. A finite clause ("Ireland provides aid annually",
 *       "the navies hold drills every year") reports an ongoing cooperation or practice and is left alone, as is
 *       a participle with an auxiliary of its own.</li>
 * </ul>
 */
final class OccasionClause {
    /** Nouns whose infinitive tells what would be fitting: "the time for X to act", "the moment to strike". */
    private static final Set<String> FITTING = Set.of("time", "moment");
    /** Periods a recurring act is counted in: "each year", "every month". */
    private static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "spring", "summer", "autumn",
            "winter", "season", "anniversary", "holiday");
    /** Determiners of recurrence: "each year", "every spring". */
    private static final Set<String> EVERY = Set.of("each", "every");
    /** Adverbs of recurrence. */
    private static final Set<String> RECURRING = Set.of("annually", "yearly", "monthly", "weekly", "daily");
    /** Relations a walk up from the act crosses within its own clause chain. */
    private static final Set<String> UP = Set.of("conj", "xcomp");

    private OccasionClause() {
    }

    /** Why the act at {@code t} names no occasion on which it was done, or null. */
    static String why(DependencyTree tree, int t) {
        int c = UndoneComplement.clauseOf(tree, t);
        for (int guard = 0; guard < 4 && UP.contains(tree.rel[c]) && tree.head[c] >= 0; guard++) {
            String fitting = fitting(tree, c);
            if (fitting != null) {
                return fitting;
            }
            c = tree.head[c];
        }
        String fitting = fitting(tree, c);
        return fitting != null ? fitting : habitual(tree, c);
    }

    private static String fitting(DependencyTree tree, int c) {
        int h = tree.head[c];
        if (h < 0 || !tree.rel[c].startsWith("acl") || !FITTING.contains(tree.lemma[h].toLowerCase(Locale.ROOT))) {
            return null;
        }
        boolean infinitive = false;
        for (int ch : tree.children(c)) {
            infinitive |= tree.rel[ch].equals("mark") && tree.lemma[ch].equals("to"); // after "for X" as a mark too
        }
        return infinitive ? "what it is the " + tree.token(h).word() + " for ('" + tree.token(h).word() + " ... to "
                + tree.token(c).word() + "'), not an act done" : null;
    }

    /** Why participle {@code c} names a category by a recurring practice ("prisoners pardoned each year"), or null. */
    private static String habitual(DependencyTree tree, int c) {
        // A past participle with no auxiliary of its own is non-finite whatever relation the parser gives it
        // ("journalists arrested by the police every year" is often read as dep with a subject); not a conjunct,
        // which shares its first verb's auxiliary.
        boolean participle = tree.token(c).pos().equals("VBN") && !tree.rel[c].equals("conj")
                && !tree.rel[c].equals("root") && tree.child(c, "aux", "aux:pass", "cop") < 0;
        if (!participle) {
            return null;
        }
        for (int ch : tree.children(c)) {
            String l = tree.lemma[ch].toLowerCase(Locale.ROOT);
            if (tree.rel[ch].equals("advmod") && RECURRING.contains(l)) {
                return "a recurring practice ('" + tree.token(ch).word() + "') naming a category, not an event";
            }
            if (PERIODS.contains(l) && (tree.rel[ch].startsWith("obl") || tree.rel[ch].equals("advmod"))
                    && tree.preposition(ch) == null) {
                int det = tree.child(ch, "det");
                if (det >= 0 && EVERY.contains(tree.lemma[det].toLowerCase(Locale.ROOT))) {
                    return "a recurring practice ('" + tree.token(det).word() + " " + tree.token(ch).word()
                            + "') naming a category, not an event";
                }
            }
        }
        return null;
    }
}
