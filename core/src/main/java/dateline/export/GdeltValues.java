package dateline.export;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The GDELT 2.0 Event column rules that do not come straight from a stored value: the date columns, actor names
 * and type codes, DATEADDED, and how a value becomes a field. Both GDELT writers (the store's
 * {@code export --format gdelt-events} and the Spark job's GDELT text output) build these columns here, so they
 * give the same text for the same event.
 *
 * <ul>
 *   <li>FractionDate is GDELT's documented approximation {@code YYYY + (MM * 30 + DD) / 365}, rounded to four
 *       decimals (not the day of the year: GDELT readers compare with GDELT's own values).</li>
 *   <li>Actor names are upper-cased (ROOT locale), as in GDELT's own files.</li>
 *   <li>Type1Code..Type3Code are the first three 3-letter parts of the actor code that are CAMEO type codes
 *       ({@code cameo-types.tsv}): IRNGOV gives GOV; ---GOV gives GOV; IGOUNO gives IGO (UNO is a known group);
 *       MNCUSA gives MNC; USAGOVBUS gives GOV, BUS. Countries, "---", known groups and religions are skipped.</li>
 *   <li>DATEADDED is a date-time as the number {@code YYYYMMDDHHMMSS}.</li>
 *   <li>Fields are written by {@link TsvWriter#format}: numbers plain with {@code .} (doubles to at most six
 *       decimals, no exponent, integral values without a fraction), tabs/newlines/backslashes escaped, null
 *       empty.</li>
 * </ul>
 */
public final class GdeltValues {
    /** Number of columns {@link #actor} gives. */
    public static final int ACTOR_COLUMNS = 10;
    private static final String TYPES_RESOURCE = "cameo-types.tsv";
    private static final Set<String> TYPES = loadTypes();

    private GdeltValues() {
    }

    /**
     * SQLDATE, MonthYear, Year and FractionDate of a day (four nulls for no day).
     */
    public static List<Object> dateColumns(LocalDate d) {
        if (d == null) {
            return Arrays.asList(null, null, null, null);
        }
        return List.of(d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth(),
                d.getYear() * 100 + d.getMonthValue(), d.getYear(), fractionDate(d));
    }

    /** GDELT's FractionDate: year + (month * 30 + day) / 365, rounded to four decimals. */
    public static double fractionDate(LocalDate d) {
        double f = d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0;
        return Math.round(f * 10000) / 10000.0;
    }

    /** DATEADDED: the time as the number YYYYMMDDHHMMSS. */
    public static long dateAdded(LocalDateTime t) {
        return t.getYear() * 10_000_000_000L + t.getMonthValue() * 100_000_000L + t.getDayOfMonth() * 1_000_000L
                + t.getHour() * 10_000L + t.getMinute() * 100L + t.getSecond();
    }

    /** An actor name as GDELT writes it: upper case (null stays null). */
    public static String name(String name) {
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }

    /** The CAMEO type codes among the 3-letter parts of an actor code, in order, at most three. */
    public static List<String> types(String code) {
        List<String> out = new ArrayList<>(3);
        if (code == null) {
            return out;
        }
        for (int i = 0; i + 3 <= code.length() && out.size() < 3; i += 3) {
            String part = code.substring(i, i + 3);
            if (TYPES.contains(part)) {
                out.add(part);
            }
        }
        return out;
    }

    /** Whether a 3-letter code is a CAMEO type code. */
    public static boolean isType(String code) {
        return TYPES.contains(code);
    }

    /**
     * The ten actor columns: code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. Known
     * group, ethnic and religion codes are not coded by Dateline (null).
     */
    public static List<Object> actor(String code, String name, String country) {
        List<Object> row = new ArrayList<>(ACTOR_COLUMNS);
        row.add(code);
        row.add(name(name));
        row.add(country);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        List<String> types = types(code);
        for (int i = 0; i < 3; i++) {
            row.add(i < types.size() ? types.get(i) : null);
        }
        return row;
    }

    /** A value as GDELT TSV field text ({@link TsvWriter#format}). */
    public static String field(Object value) {
        return TsvWriter.format(value);
    }

    private static Set<String> loadTypes() {
        Set<String> out = new HashSet<>();
        for (TableLine row : TableFile.resource("dateline/export/" + TYPES_RESOURCE).lines()) {
            String code = row.fields()[0];
            if (code.length() != 3) {
                throw row.error("expected a 3-letter code");
            }
            out.add(code);
        }
        return Set.copyOf(out);
    }
}
