package dateline.time;

import dateline.article.Span;
import java.time.LocalDate;

/**
 * When a coded event happened: a day, or a range of days ("last week"), how that was found, and the evidence.
 *
 * <p>Never later than the article's publication date. A range is clipped to it ("this week" in a Wednesday paper
 * runs from Monday to that Wednesday).
 *
 * @param start    first day it may have happened; null only with basis {@link Basis#UNDATED}
 * @param end      last day; equal to {@code start} for a single day
 * @param basis    how the date was found
 * @param evidence the date expression in the article text ("on Saturday afternoon"); null for
 *                 {@link Basis#PUBLICATION_DATE} and {@link Basis#UNDATED}
 * @param text     the expression as written, or null with no evidence
 */
public record EventDate(LocalDate start, LocalDate end, Basis basis, Span evidence, String text) {

    /** How an event's date was found. */
    public enum Basis {
        /** A calendar date in the text: "on March 3", "on 28 November 2020", "in March". */
        EXPLICIT_DATE,
        /** A day of the week, the most recent such day on or before publication: "on Saturday afternoon". */
        RELATIVE_WEEKDAY,
        /** A date relative to publication: "yesterday", "last week", "two days ago". */
        RELATIVE_EXPRESSION,
        /** No date expression belongs to the event: the article's publication date, as GDELT and ICEWS date. */
        PUBLICATION_DATE,
        /** Neither a usable date expression nor a publication date. */
        UNDATED
    }

    public EventDate {
        if (basis == null) {
            throw new IllegalArgumentException("an event date needs a basis");
        }
        if ((start == null) != (basis == Basis.UNDATED) || (start == null) != (end == null)) {
            throw new IllegalArgumentException("an event date has start and end unless UNDATED: " + start + ", " + end);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("event date range ends before it starts: " + start + ".." + end);
        }
        if ((evidence == null) != (basis == Basis.PUBLICATION_DATE || basis == Basis.UNDATED)) {
            throw new IllegalArgumentException("a date from the text has evidence, and only such a date: " + basis);
        }
    }

    /** The publication date as the event date (no expression in the text belongs to the event). */
    public static EventDate published(LocalDate publication) {
        return publication == null ? undated() : new EventDate(publication, publication, Basis.PUBLICATION_DATE, null, null);
    }

    /** No date at all. */
    public static EventDate undated() {
        return new EventDate(null, null, Basis.UNDATED, null, null);
    }

    /** Whether this is a single day. */
    public boolean isDay() {
        return start != null && start.equals(end);
    }

    /**
     * The one day that stands for this date where a format holds a single day (GDELT's SQLDATE, the store's event
     * key): the day itself, or the first day of a range ("in March" → March 1, so GDELT's MonthYear and Year are
     * right). Null when undated.
     */
    public LocalDate day() {
        return start;
    }

    /** "2020-11-28", "2020-11-16/2020-11-22" (ISO 8601 interval), or null when undated. */
    public String iso() {
        if (start == null) {
            return null;
        }
        return isDay() ? start.toString() : start + "/" + end;
    }
}
