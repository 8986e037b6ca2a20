package dateline.time;

import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence can hold a date expression that {@link DateResolver} turns into a day or range, judged from its
 * words alone, so that SUTime (about a tenth of Dateline's CPU time on wire copy when run on every event sentence)
 * runs only where it can find one.
 *
 * <p>The resolver accepts only a weekday, or a value SUTime writes as a day, an ISO week or its weekend, a month or
 * a year. Every English expression with such a value names a calendar unit or a point in it: a digit (a year, a day
 * of the month, 11/28), a month (by name or abbreviation), a word with "day" (weekdays, today, yesterday, holidays
 * such as Labor Day), "week", "month", "year", a part of the day (morning, tonight, noon), hours and minutes
 * ("two hours ago"; SUTime also reads "the Second" as a time), a number in words ("three to four" is a clock time to SUTime), or a holiday without "day"
 * (Christmas, Easter, Halloween, Thanksgiving, an eve). A sentence
 * with none of these gives SUTime nothing the resolver accepts: seasons, quarters, decades, "now" and "recently"
 * have values it does not resolve. The cues are deliberately broad (a false cue costs one SUTime run, a missed one
 * a wrong date); {@code bench/time-cues.sh} checks them against SUTime itself on a corpus. Stateless.
 */
public final class TimeCues {
    /** Parts of words that name a unit or point of the calendar or the day, or a holiday. */
    private static final List<String> PARTS = List.of("day", "week", "month", "year", "morn", "noon", "evening",
            "night", "hour", "minute", "second", "tomorrow", "christmas", "xmas", "x-mas", "easter", "halloween",
            "thanksgiving", "dawn", "dusk", "teatime", "lunchtime", "dinnertime", "suppertime", "sunup", "sunrise",
            "sundown", "twilight");
    /** Months and their abbreviations as whole words ("Dec." or "Dec"; "may" is also the modal: a false cue). */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december");
    /** Weekday abbreviations and holiday words as whole words (the full weekday names contain "day"). */
    private static final Set<String> WORDS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "eve", "mayo");

    /** Whether {@code s} has a word that can be part of a resolvable date expression. */
    public boolean mayHoldDate(Sentence s) {
        for (Token t : s.tokens()) {
            // Any number, in words too: SUTime reads "three to four" as a clock time (03:56).
            if (t.pos().equals("CD") || isCue(t.word())) {
                return true;
            }
        }
        return false;
    }

    static boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (MONTHS.contains(bare) || WORDS.contains(bare)) {
            return true;
        }
        for (String p : PARTS) {
            if (w.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
