package dateline.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Chooses among namesakes: dictionary entries with a phrase of the same words ("President Bush" is an alias of
 * both George Bush and George W. Bush; a "Mohammed Ali" may sit in several countries' lists). The entry whose
 * role on the article's date belongs to a country the context names is preferred, then one holding an office on
 * that date (a current role rather than a past one or none); otherwise the dictionaries' priority order stands.
 * The same name in a later file is the same person listed again, not a namesake: the earlier file stands.
 */
final class NamesakeChooser {
    private NamesakeChooser() {
    }

    /**
     * The entry to use for a match with namesakes.
     *
     * @param first     the entry the dictionaries' priority order gives
     * @param namesakes the other entries with the same words, in priority order
     * @param date      the article's date, or null
     * @param context   country codes the sentence and the article so far name (and the dateline's country)
     */
    static DictionaryEntry choose(DictionaryEntry first, List<DictionaryEntry> namesakes, LocalDate date,
            Set<String> context) {
        if (namesakes.isEmpty()) {
            return first;
        }
        DictionaryEntry best = first;
        int bestScore = score(first, date, context);
        for (DictionaryEntry e : namesakes) {
            if (samePersonElsewhere(first, e)) {
                continue;
            }
            int s = score(e, date, context);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Whether {@code other} is the same person as {@code first} listed again in a later file: the same name in
     * another dictionary ("Ursula von der Leyen" in the maintained leaders file and, with a stale open-ended role,
     * in Phoenix). The earlier file is the maintained one and stands. The same name twice in one file is two
     * people, as Phoenix lists namesakes.
     */
    private static boolean samePersonElsewhere(DictionaryEntry first, DictionaryEntry other) {
        return NameKeys.words(first.name()).equals(NameKeys.words(other.name()))
                && !file(first.source()).equals(file(other.source()));
    }

    private static String file(String source) {
        int colon = source.lastIndexOf(':');
        return colon < 0 ? source : source.substring(0, colon);
    }

    /**
     * Whether a one-word name ("Hassan", "Abdullah", "Khan": the surname aliases that many people share) is more
     * likely someone else than this entry: a person (an entry with dated roles) holding no role on the article's
     * date, whose country the context never names. Such a match is no actor.
     */
    static boolean unlikelyBearer(DictionaryEntry e, LocalDate date, Set<String> context) {
        if (date == null || current(e, date) || e.roles().stream().noneMatch(Role::isDated)) {
            return false;
        }
        for (Role r : e.roles()) {
            if (context.contains(Actor.countryOf(r.code()))) {
                return false;
            }
        }
        return true;
    }

    private static int score(DictionaryEntry e, LocalDate date, Set<String> context) {
        RolePicker.Choice c = RolePicker.choose(e, date);
        int score = context.contains(Actor.countryOf(c.code())) ? 2 : 0;
        if (date != null && current(e, date)) {
            score++;
        }
        return score;
    }

    /** Whether one of the entry's dated roles holds on the date (and is no "former ..." elite code). */
    private static boolean current(DictionaryEntry e, LocalDate date) {
        for (Role r : e.roles()) {
            if (r.isDated() && r.validOn(date) && !r.code().endsWith("ELI")) {
                return true;
            }
        }
        return false;
    }
}
