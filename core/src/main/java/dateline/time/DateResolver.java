package dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one date expression, with SUTime's normalised value, into a day or range no later than the publication
 * date, in news style.
 *
 * <ul>
 *   <li>A weekday without a calendar date ("on Saturday afternoon", "Tuesday") is the most recent such day on or
 *       before publication; "last Saturday" the most recent one before it. SUTime would take the weekday of the
 *       publication's own week, which is in the future for most weekdays of a Monday paper.</li>
 *   <li>A calendar date without a year ("on Dec. 5") that SUTime puts after publication is taken a year earlier.
 *       </li>
 *   <li>Anything else (yesterday, last week, two days ago, this month) takes SUTime's value; a range is clipped to
 *       the publication date.</li>
 *   <li>An expression wholly after publication ("next Tuesday", "tomorrow", a dated future) gives nothing: events
 *       are not dated in the future of their report.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DateResolver {
    /** The result: a range and its basis. */
    public record Resolution(LocalDate start, LocalDate end, EventDate.Basis basis) {
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
                    + "|september|october|november|december)\\b\\.?");
    /** Digits that write a date: a year, a day of the month, 11/28, 2020-11-28. */
    private static final Pattern DIGITS = Pattern.compile("\\d");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern FORWARD = Pattern.compile("\\b(next|coming|tomorrow|following)\\b");
    private static final Pattern BACKWARD = Pattern.compile("\\b(last|past|previous)\\b");

    /**
     * Resolves {@code text} (as written) with SUTime's {@code value} against {@code publication}; empty when the
     * expression gives no day or range at or before publication.
     *
     * @param publication the article's publication date, or null (then only a calendar date with its year resolves)
     */
    public Optional<Resolution> resolve(String text, String value, LocalDate publication) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean calendar = MONTH_NAME.matcher(lower).find() || DIGITS.matcher(lower).find();
        Matcher weekday = WEEKDAY.matcher(lower);
        if (weekday.find() && !calendar) {
            return weekday(lower, DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)), publication);
        }
        if (value == null) {
            return Optional.empty();
        }
        Optional<LocalDate[]> range = range(value);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = range.get()[0];
        LocalDate end = range.get()[1];
        EventDate.Basis basis = calendar ? EventDate.Basis.EXPLICIT_DATE : EventDate.Basis.RELATIVE_EXPRESSION;
        if (publication == null) {
            // Without a publication date only a date that names its year is known.
            return calendar && FOUR_DIGIT_YEAR.matcher(lower).find()
                    ? Optional.of(new Resolution(start, end, basis)) : Optional.empty();
        }
        if (start.isAfter(publication) && calendar && !FOUR_DIGIT_YEAR.matcher(lower).find()) {
            // SUTime puts a date without a year in the publication's year; a news report of "Dec. 5" in November
            // tells of last December.
            start = start.minusYears(1);
            end = end.minusYears(1);
        }
        if (start.isAfter(publication) && value.endsWith("-WE") && !FORWARD.matcher(lower).find()) {
            // "over the weekend" in a Monday paper: SUTime takes the weekend of the publication's week.
            start = start.minusWeeks(1);
            end = end.minusWeeks(1);
        }
        if (start.isAfter(publication)) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(start, end.isAfter(publication) ? publication : end, basis));
    }

    private static Optional<Resolution> weekday(String lower, DayOfWeek day, LocalDate publication) {
        if (publication == null || FORWARD.matcher(lower).find()) {
            return Optional.empty();
        }
        LocalDate d = publication.with(TemporalAdjusters.previousOrSame(day));
        if (BACKWARD.matcher(lower).find() && d.equals(publication)) {
            d = d.minusWeeks(1);
        }
        return Optional.of(new Resolution(d, d, EventDate.Basis.RELATIVE_WEEKDAY));
    }

    /** The days a TIMEX3 value covers: a day (with or without a time), an ISO week or its weekend, a month, a year. */
    static Optional<LocalDate[]> range(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return Optional.of(new LocalDate[] {d, d});
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(m.group(3) != null
                        ? new LocalDate[] {monday.plusDays(5), monday.plusDays(6)}
                        : new LocalDate[] {monday, monday.plusDays(6)});
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return Optional.of(new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())});
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
        } catch (java.time.DateTimeException e) {
            // SUTime can write impossible dates ("2020-02-30" from "Feb. 30"): not a date.
            return Optional.empty();
        }
        return Optional.empty();
    }
}
