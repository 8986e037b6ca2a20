package dateline.article.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write in their metadata and URLs: ISO 8601 (the date part as written, which is the
 * local date of publication), "2019/11/19", "November 19, 2019", "19 Nov 2019", RFC 1123, and epoch seconds or
 * milliseconds. Anything else is no date.
 */
final class PageDates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[^\\d])");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|[T ]\\d)");
    private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private PageDates() {
    }

    /** The date written in {@code s}, or null. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = EPOCH.matcher(s);
        if (m.find()) {
            long v = Long.parseLong(m.group(1));
            Instant i = m.group(1).length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return i.atZone(ZoneOffset.UTC).toLocalDate();
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1));
        }
        return null;
    }

    /** A date in a URL path such as {@code /2019/11/19/slug}, or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
