package dateline.eval;

import java.util.List;

/**
 * How well the coded events' dates agree with the gold's event dates, over the gold events that have a date and
 * were found at {@link #LEVEL}. A date is right when it is the gold's day, or exactly the gold's range.
 *
 * @param goldDated          gold events with a date
 * @param matched            of those, matched by a coded event at {@link #LEVEL}
 * @param correct            of those, whose coded date is the gold's
 * @param publicationCorrect of those, whose article's publication date is the gold's date: what dating every
 *                           event by its report (GDELT, ICEWS) would score
 * @param misses             one line per matched event dated wrong: gold id, gold date, coded date and basis
 */
public record DateScores(long goldDated, long matched, long correct, long publicationCorrect, List<String> misses) {
    /** The level at which a gold event counts as found for date scoring. */
    public static final Level LEVEL = Level.ROOT_COUNTRIES;

    public DateScores {
        misses = List.copyOf(misses);
    }

    /** Correct over matched; NaN when nothing dated was matched. */
    public double accuracy() {
        return matched == 0 ? Double.NaN : (double) correct / matched;
    }

    /** The publication-date baseline's accuracy over the same events; NaN when nothing dated was matched. */
    public double publicationAccuracy() {
        return matched == 0 ? Double.NaN : (double) publicationCorrect / matched;
    }
}
