package dateline.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes GDELT-style tab-separated rows: no header, no quoting, one record per line, a fixed column count.
 *
 * <p>GDELT files have no quoting, so a tab or newline inside a value would break the row: they are escaped as
 * {@code \t}, {@code \n}, {@code \r}, and a backslash as {@code \\}. Nulls are written as empty fields, doubles
 * without exponent and with {@code .} as decimal mark whatever the locale.
 */
public final class TsvWriter {
    private final Writer out;
    private final int columns;

    public TsvWriter(Writer out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Writes one row; it must have exactly the layout's number of values. */
    public void row(List<?> values) throws IOException {
        if (values.size() != columns) {
            throw new IllegalArgumentException("row has " + values.size() + " values, layout has " + columns);
        }
        out.write(line(values));
        out.write('\n');
    }

    /** One row as text, fields {@link #format}ted and joined by tabs, without the line end. */
    public static String line(List<?> values) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(format(values.get(i)));
        }
        return line.toString();
    }

    /** A value as a field: escaped text, plain numbers, empty for null. */
    public static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return formatDouble(d);
        }
        if (v instanceof Float f) {
            return formatDouble(f.doubleValue());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return escape(v.toString());
    }

    /** Escapes backslash, tab, newline and carriage return. */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
